using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Chat.Meetings.Setup;

/// <summary>改期, 取消会议, 添加成员, 移除成员: the secretary changes the current meeting; anyone else is refused with the domain's reason.</summary>
public sealed class SecretaryCommandsTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private const string SecretaryOnly = "只有会议组织者（领导小组办公室）可以这样做。如需办理，请联系办公室。";
    private const string NotAParticipant = "你不是这个会议的参会人员。如应参会，请联系领导小组办公室将你列入名单。";

    [Fact]
    public async Task Reschedule_BySecretary_MovesTheMeetingAndEveryDeadline()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        var meeting = await chat.SeedMeetingAsync("democratic-life-meeting", "办公室", "王书记", "张三", "李四");
        await chat.PrivatelyAsync("李四", "帮助"); // he has a 1:1 chat, so the change can reach him

        var replies = SetupChat.Texts(await chat.InTeamConfirmedAsync("办公室", "改期 2030年1月20日 下午3点"));

        Assert.Equal([SetupTexts.Rescheduled.ZhCn.Replace("{0}", "2030-01-20 15:00", StringComparison.Ordinal).Replace("{1}", "北京时间", StringComparison.Ordinal)], replies);
        var moved = Assert.IsType<Meeting>(await chat.StoredAsync(meeting.Id));
        Assert.Equal(new DateTime(2030, 1, 20, 15, 0, 0), moved.LocalStart);
        Assert.All(moved.Deadlines.Zip(meeting.Deadlines), p => Assert.Equal(TimeSpan.FromDays(5), (p.First.LocalDue.Date - p.Second.LocalDue.Date)));
        Assert.Equal(AuditActions.MeetingRescheduled, moved.Audit[^1].Action);
        Assert.Single(await chat.ReceivedPrivatelyAsync("李四", t => t.Contains("会议改期到 2030-01-20 15:00", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Reschedule_ToAPastDate_IsRefusedWithAnExample()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        await chat.SeedMeetingAsync("democratic-life-meeting", "办公室", "王书记", "张三", "李四");

        var replies = SetupChat.Texts(await chat.InTeamAsync("办公室", "改期 2020年1月20日 下午3点"));

        Assert.Equal([SetupTexts.WhenInThePast.ZhCn], replies);
    }

    [Theory]
    [InlineData("改期 2030年1月20日 下午3点")]
    [InlineData("取消会议 时间冲突")]
    [InlineData("添加成员")]
    [InlineData("移除成员")]
    [InlineData("改地点 第二会议室")]
    [InlineData("更改角色 督导")]
    [InlineData("移交主持")]
    public async Task SecretaryCommand_ByAMember_IsRefusedWithTheDomainsReason(string command)
    {
        await using var chat = await SetupChat.StartAsync(factory);
        var meeting = await chat.SeedMeetingAsync("democratic-life-meeting", "办公室", "王书记", "张三", "李四");

        var replies = SetupChat.Texts(await chat.InTeamAsync("张三", command, "zh-CN", "李四"));

        Assert.Equal([SecretaryOnly], replies);
        Assert.Equal(1, (await chat.StoredAsync(meeting.Id))!.Version);
    }

    [Fact]
    public async Task SecretaryCommand_ByANonParticipant_InTheTeam_IsRefused_AndIn1To1FindsNoMeeting()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        await chat.SeedMeetingAsync("democratic-life-meeting", "办公室", "王书记", "张三", "李四");

        Assert.Equal([NotAParticipant], SetupChat.Texts(await chat.InTeamAsync("路人", "改期 2030年1月20日 下午3点")));
        Assert.Equal([SetupTexts.NoMeeting.ZhCn], SetupChat.Texts(await chat.PrivatelyAsync("路人", "改期 2030年1月20日 下午3点")));
    }

    [Fact]
    public async Task CancelMeeting_AsksFirst_ThenCancelsOnConfirmation()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        var meeting = await chat.SeedMeetingAsync("democratic-life-meeting", "办公室", "王书记", "张三", "李四");

        var ask = SetupChat.Texts(await chat.InTeamAsync("办公室", "取消会议 上级通知推迟"));
        Assert.Contains("上级通知推迟", ask[0], StringComparison.Ordinal);
        Assert.Equal(MeetingStatus.Preparing, (await chat.StoredAsync(meeting.Id))!.Status);

        var done = SetupChat.Texts(await chat.InTeamAsync("办公室", "确认"));

        Assert.Equal([SetupTexts.CancelledMeeting.ZhCn.Replace("{0}", meeting.Theme, StringComparison.Ordinal)], done);
        var cancelled = (await chat.StoredAsync(meeting.Id))!;
        Assert.Equal(MeetingStatus.Cancelled, cancelled.Status);
        Assert.Equal("上级通知推迟", cancelled.CancellationReason);
    }

    [Fact]
    public async Task AddAndRemoveMember_BySecretary_ChangeTheRoster()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        var meeting = await chat.SeedMeetingAsync("democratic-life-meeting", "办公室", "王书记", "张三", "李四");

        await chat.PrivatelyAsync("赵六", "帮助"); // he has a 1:1 chat, so his task list can reach him
        Assert.Equal([SetupTexts.MemberAdded.ZhCn.Replace("{0}", "赵六", StringComparison.Ordinal)], SetupChat.Texts(await chat.InTeamAsync("办公室", "添加成员", "zh-CN", "赵六")));
        Assert.True((await chat.StoredAsync(meeting.Id))!.Holds(chat.Id("赵六"), Role.Member));

        Assert.Equal([SetupTexts.MemberRemoved.ZhCn.Replace("{0}", "张三", StringComparison.Ordinal)], SetupChat.Texts(await chat.InTeamConfirmedAsync("办公室", "移除成员", "zh-CN", "张三")));
        Assert.Null((await chat.StoredAsync(meeting.Id))!.Find(chat.Id("张三")));
    }

    [Fact]
    public async Task ChangePlace_BySecretary_AsksWithBothPlaces_ThenMovesThePlaceOnly()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        var meeting = await chat.SeedMeetingAsync("democratic-life-meeting", "办公室", "王书记", "张三", "李四");
        await chat.PrivatelyAsync("张三", "帮助"); // he has a 1:1 chat, so the change can reach him

        var asked = string.Join("\n", SetupChat.Texts(await chat.InTeamAsync("办公室", "把会议地点改到第二会议室")));
        Assert.Contains($"从“{meeting.Place}”改为“第二会议室”", asked, StringComparison.Ordinal);
        Assert.Equal(meeting.Place, (await chat.StoredAsync(meeting.Id))!.Place);

        Assert.Equal([SetupTexts.PlaceChanged.ZhCn.Replace("{0}", "第二会议室", StringComparison.Ordinal)], SetupChat.Texts(await chat.InTeamAsync("办公室", "确认")));
        var moved = (await chat.StoredAsync(meeting.Id))!;
        Assert.Equal(("第二会议室", meeting.StartsAt), (moved.Place, moved.StartsAt));
        Assert.Equal(AuditActions.PlaceChanged, moved.Audit[^1].Action);

        // Everyone else is told in his own chat, once; the secretary who made the change is not.
        var told = Assert.Single(await chat.ReceivedPrivatelyAsync("张三", t => t.Contains("会议地点改为：第二会议室", StringComparison.Ordinal)));
        Assert.Contains("时间不变", told, StringComparison.Ordinal);
        Assert.DoesNotContain(chat.SentPrivatelyTo("办公室"), t => t.Contains("会议地点改为", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RemoveMember_SaysWhomAndWhatFollows_AndChangesNothingUntilConfirmed()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        var meeting = await chat.SeedMeetingAsync("democratic-life-meeting", "办公室", "王书记", "张三", "李四");

        var asked = string.Join("\n", SetupChat.Texts(await chat.InTeamAsync("办公室", "移除成员", "zh-CN", "张三")));

        Assert.Contains("将张三移出会议", asked, StringComparison.Ordinal);
        Assert.Contains("已提交的材料保留", asked, StringComparison.Ordinal);
        Assert.NotNull((await chat.StoredAsync(meeting.Id))!.Find(chat.Id("张三")));
        Assert.Equal(1, (await chat.StoredAsync(meeting.Id))!.Version);

        // Dropped: still in the meeting.
        await chat.InTeamAsync("办公室", "取消");
        Assert.NotNull((await chat.StoredAsync(meeting.Id))!.Find(chat.Id("张三")));
    }

    [Fact]
    public async Task Roles_AreChangedAndTheLeadHandedOver_BySecretary_AndRecorded()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        var meeting = await chat.SeedMeetingAsync("democratic-life-meeting", "办公室", "王书记", "张三", "李四");

        // Roles decide who reads whose material: asked first, with whom and which, and nothing changes until confirmed.
        var asked = string.Join("\n", SetupChat.Texts(await chat.InTeamAsync("办公室", "更改角色 成员 部门负责人", "zh-CN", "李四")));
        Assert.Contains("将李四在会议", asked, StringComparison.Ordinal);
        Assert.Contains("角色设为：成员 部门负责人", asked, StringComparison.Ordinal);
        Assert.False((await chat.StoredAsync(meeting.Id))!.Holds(chat.Id("李四"), Role.DepartmentHead));
        var changed = SetupChat.Texts(await chat.InTeamAsync("办公室", "确认"));
        Assert.Equal([SetupTexts.RolesChanged.In(global::MeetingBot.Localization.UserLocale.ZhCn, "李四", "成员 部门负责人")], changed);
        var stored = (await chat.StoredAsync(meeting.Id))!;
        Assert.True(stored.Holds(chat.Id("李四"), Role.DepartmentHead));

        Assert.Equal([SetupTexts.RolesUsage.ZhCn], SetupChat.Texts(await chat.InTeamAsync("办公室", "更改角色 队长", "zh-CN", "李四")));

        var transferred = SetupChat.Texts(await chat.InTeamAsync("办公室", "移交主持", "zh-CN", "张三"));
        Assert.Equal([SetupTexts.LeadTransferred.In(global::MeetingBot.Localization.UserLocale.ZhCn, "张三")], transferred);
        var after = (await chat.StoredAsync(meeting.Id))!;
        Assert.True(after.Holds(chat.Id("张三"), Role.Lead));
        Assert.False(after.Holds(chat.Id("王书记"), Role.Lead));
        Assert.Contains(after.Audit, e => e.Action == AuditActions.RolesChanged);
    }

    [Fact]
    public async Task EnglishCommands_OfSeveralWords_WorkOnTheRetrospective()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        var meeting = await chat.SeedMeetingAsync("project-retrospective", "Organiser", "Fay", "Sam", "Kim");
        await chat.PrivatelyAsync("Ana", "help", "en-US"); // she has a 1:1 chat, so her task list can reach her

        var moved = SetupChat.Texts(await chat.InTeamConfirmedAsync("Organiser", "reschedule Jul 15, 2030 3:30 pm", "en-US"));
        Assert.Equal(["The meeting moved to 2030-07-15 15:30 (Europe/London); every deadline moved with it."], moved);

        Assert.Equal(["Ana joined the meeting as a team member."], SetupChat.Texts(await chat.InTeamAsync("Organiser", "add member", "en-US", "Ana")));
        Assert.Equal(["Ana was removed from the meeting."], SetupChat.Texts(await chat.InTeamConfirmedAsync("Organiser", "remove member", "en-US", "Ana")));
        Assert.Contains("Talk plan:", SetupChat.Texts(await chat.InTeamAsync("Sam", "talk plan", "en-US"))[0], StringComparison.Ordinal);
        Assert.Equal(["Only the meeting's secretary can do this. Ask Organiser if it needs doing."], SetupChat.Texts(await chat.InTeamAsync("Sam", "audit", "en-US")));

        Assert.StartsWith("Please confirm: Cancel the meeting", SetupChat.Texts(await chat.InTeamAsync("Organiser", "cancel meeting budget cut", "en-US"))[0], StringComparison.Ordinal);
        Assert.StartsWith("Dropped; not done: Cancel the meeting", SetupChat.Texts(await chat.InTeamAsync("Organiser", "cancel", "en-US"))[0], StringComparison.Ordinal);
        Assert.Equal(MeetingStatus.Preparing, (await chat.StoredAsync(meeting.Id))!.Status);
        Assert.Equal(4, (await chat.StoredAsync(meeting.Id))!.Version);
    }
}
