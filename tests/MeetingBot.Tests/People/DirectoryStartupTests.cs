using MeetingBot.BotFramework.Storage;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.People;
using MeetingBot.Coordination.Templates;
using MeetingBot.Meetings.Storage;
using MeetingBot.People;
using MeetingBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MeetingBot.Tests.People;

/// <summary>Start-up: the configured administrators and the web chat participants of earlier meetings, once.</summary>
public sealed class DirectoryStartupTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private static DirectoryStartup Startup(IStorage storage, params AdministratorOptions[] administrators) =>
        new(new PeopleDirectoryStore(storage), storage, new MeetingDirectory(storage), Options.Create(new DirectoryOptions { Administrators = [.. administrators] }),
            TimeProvider.System, NullLogger<DirectoryStartup>.Instance);

    private async Task<Meeting> WebChatMeetingAsync(IStorage storage)
    {
        var template = factory.Services.GetRequiredService<TemplateLibrary>().Find("democratic-life-meeting")!;
        var now = DateTimeOffset.UtcNow;
        var create = new CreateMeeting("m1", "专题民主生活会", now.UtcDateTime.AddDays(40).Date.AddHours(9), "三楼会议室", null,
            new Person("dl_lead", "书记"), [new Person("dl_m1", "王芳"), new Person("dl_m2", "张伟")], [], []);
        var meeting = create.Decide(template, new Actor("dl_secretary", "秘书", WebChatMigration.WebChatTenant), now).Value;
        await storage.WriteAsync(DocumentKeys.Of(DocumentId.Meeting(meeting.Id)), meeting, WriteCondition.IfAbsent);
        return meeting;
    }

    [Fact]
    public async Task TheFirstStart_AddsTheAdministrators_AndEveryWebChatParticipant_AndASecondStartAddsNothing()
    {
        var storage = new MemoryStorage();
        var meeting = await WebChatMeetingAsync(storage);
        var administrator = new AdministratorOptions { Name = "赵敏", Unit = "党政办", Phone = "13800000001" };

        await Startup(storage, administrator).RunAsync(CancellationToken.None);
        var first = await new PeopleDirectoryStore(storage).GetAsync(CancellationToken.None);
        await Startup(storage, administrator).RunAsync(CancellationToken.None);
        var second = await new PeopleDirectoryStore(storage).GetAsync(CancellationToken.None);

        Assert.Equal(meeting.Participants.Count + 1, first.People.Count);
        Assert.Equal("赵敏", Assert.Single(first.With(OrganisationRole.Administrator)).Name);
        Assert.True(first.FindWebChatUser("dl_secretary")!.Holds(OrganisationRole.Organiser));
        Assert.Equal("王芳", first.FindWebChatUser("dl_m1")!.Name);
        Assert.Equal(first.Version, second.Version);
        Assert.NotNull(await storage.ReadAsync(WebChatMigrationMarker.Key));
    }

    [Fact]
    public async Task OnceMarkedDone_TheMigration_DoesNotReadMeetingsAgain()
    {
        var storage = new MemoryStorage();
        await Startup(storage).RunAsync(CancellationToken.None);
        await WebChatMeetingAsync(storage);

        await Startup(storage).RunAsync(CancellationToken.None);

        Assert.Empty((await new PeopleDirectoryStore(storage).GetAsync(CancellationToken.None)).People);
    }

    [Fact]
    public async Task AMeetingSetUpBeforeUnits_GetsItsSecretarysUnit_AndIsFiledUnderIt_Once()
    {
        var storage = new MemoryStorage();
        var meeting = await WebChatMeetingAsync(storage);
        await new PeopleDirectoryStore(storage).UpdateAsync(d => DirectoryChanges.Add(d, by: null,
            new DirectoryPerson("p-sec", "秘书", "某县／东镇党委", null, null, null, [OrganisationRole.Organiser], [new ChannelIdentity(IdentityKinds.WebChat, "dl_secretary")])),
            CancellationToken.None);

        await Startup(storage).RunAsync(CancellationToken.None);
        await Startup(storage).RunAsync(CancellationToken.None);

        var stored = await storage.ReadDocumentAsync<Meeting>(DocumentKeys.Of(DocumentId.Meeting(meeting.Id)));
        Assert.Equal("某县/东镇党委", stored!.Value.Unit);
        Assert.Equal([("某县/东镇党委", meeting.Id)], await new MeetingDirectory(storage).BelowAsync("某县", CancellationToken.None));
        Assert.Empty(await new MeetingDirectory(storage).BelowAsync("某县/西镇党委", CancellationToken.None));
    }
}
