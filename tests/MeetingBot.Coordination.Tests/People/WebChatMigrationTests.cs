using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.People;
using MeetingBot.Coordination.Tests.Fixtures;

namespace MeetingBot.Coordination.Tests.People;

public sealed class WebChatMigrationTests
{
    private static Meeting WebChatMeeting() => MeetingDesk.SeedMeeting().Meeting with { TenantId = WebChatMigration.WebChatTenant };

    private static string NewId() => "u" + Guid.NewGuid().ToString("N");

    [Fact]
    public void EveryWebChatParticipant_BecomesOnePerson_KeepingTheOldIdAsWebChatIdentity()
    {
        var meeting = WebChatMeeting();

        var result = WebChatMigration.Apply(PeopleDirectory.Empty, [meeting, meeting with { Id = "second" }], NewId);

        Assert.Equal(meeting.Participants.Count, result.Added);
        foreach (var participant in meeting.Participants)
        {
            var person = result.Directory.FindWebChatUser(participant.UserId);
            Assert.NotNull(person);
            Assert.NotEqual(participant.UserId, person.Id);
            Assert.Equal(participant.Name, person.Name);
            Assert.Equal(participant.Holds(Role.Secretary), person.Holds(OrganisationRole.Organiser));
        }
    }

    [Fact]
    public void MigratingAgain_AddsNothing()
    {
        var first = WebChatMigration.Apply(PeopleDirectory.Empty, [WebChatMeeting()], NewId).Directory;

        var second = WebChatMigration.Apply(first, [WebChatMeeting()], NewId);

        Assert.Same(first, second.Directory);
        Assert.Equal(0, second.Added);
    }

    [Fact]
    public void TeamsMeetings_AreLeftAlone()
    {
        var result = WebChatMigration.Apply(PeopleDirectory.Empty, [MeetingDesk.SeedMeeting().Meeting with { TenantId = "tenant-guid" }], NewId);

        Assert.Empty(result.Directory.People);
    }
}
