using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.People;
using MeetingBot.Coordination.Tests.Fixtures;

namespace MeetingBot.Coordination.Tests.People;

public sealed class OrganisingTests
{
    private static readonly DirectoryPerson Admin = new("u-admin", "赵敏", "组织部", null, null, null, [OrganisationRole.Administrator], []);
    private static readonly DirectoryPerson Office = Person("u-office", SeedTeam.Secretary.UserId, "王秘书", OrganisationRole.Organiser);
    private static readonly DirectoryPerson Lead = Person("u-lead", SeedTeam.Lead.UserId, "迟永生");
    private static readonly DirectoryPerson Li = Person("u-li", SeedTeam.Li.UserId, "李敏");
    private static readonly DirectoryPerson Outsider = Person("u-out", SeedTeam.Outsider.UserId, "路人");

    private static readonly PeopleDirectory Directory = PeopleDirectory.Empty with { People = [Admin, Office, Lead, Li, Outsider] };

    [Fact]
    public void OrganisersAndAdministrators_MaySetUpMeetings()
    {
        Assert.Null(Organising.MaySetUpMeetings(Directory, Office));
        Assert.Null(Organising.MaySetUpMeetings(Directory, Admin));
    }

    [Fact]
    public void AMember_OrSomeoneTheDirectoryDoesNotKnow_IsRefused_WithTheAdministratorsNamed()
    {
        var member = Organising.MaySetUpMeetings(Directory, Li);
        var unknown = Organising.MaySetUpMeetings(Directory, null);
        var notInThisDirectory = Organising.MaySetUpMeetings(Directory, Office with { Id = "u-forged" });

        Assert.Equal(FailureCodes.OrganiserOnly, member?.Code);
        Assert.Equal("赵敏（组织部）", member!.Data["administrators"]);
        Assert.Equal(FailureCodes.OrganiserOnly, unknown?.Code);
        Assert.Equal(FailureCodes.OrganiserOnly, notInThisDirectory?.Code);
    }

    [Fact]
    public void TheSecretary_InvitesParticipants_AMemberInvitesNobody()
    {
        var meeting = MeetingDesk.SeedMeeting().Meeting;

        Assert.Null(Organising.MayInvite(Directory, Office, Lead, meeting));
        Assert.Equal(FailureCodes.SecretaryOnly, Organising.MayInvite(Directory, Li, Lead, meeting)?.Code);
        Assert.Equal(FailureCodes.SecretaryOnly, Organising.MayInvite(Directory, Office, Lead, null)?.Code);
    }

    [Fact]
    public void AnAdministrator_InvitesAnyone_ButNeverIntoAMeetingThePersonIsNotIn()
    {
        var meeting = MeetingDesk.SeedMeeting().Meeting;

        Assert.Null(Organising.MayInvite(Directory, Admin, Outsider, null));
        Assert.Null(Organising.MayInvite(Directory, Admin, Li, meeting));
        Assert.Equal(FailureCodes.ParticipantNotFound, Organising.MayInvite(Directory, Admin, Outsider, meeting)?.Code);
        Assert.Equal(FailureCodes.ParticipantNotFound, Organising.MayInvite(Directory, Office, Outsider, meeting)?.Code);
        Assert.Equal(FailureCodes.PersonNotFound, Organising.MayInvite(Directory, null, Outsider with { Id = "u-gone" }, null)?.Code);
    }

    private static DirectoryPerson Person(string id, string webChatId, string name, params OrganisationRole[] roles) =>
        new(id, name, null, null, null, null, roles, [new ChannelIdentity(IdentityKinds.WebChat, webChatId)]);
}
