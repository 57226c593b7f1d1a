using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.People;
using MeetingBot.Tests.Hosting;
using MeetingBot.Tests.People;

namespace MeetingBot.Tests.Chat.Meetings.Setup;

/// <summary>新建会议 / new meeting as transcripts through the HTTP pipeline.</summary>
public sealed class NewMeetingDialogTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    [Fact]
    public async Task NewMeeting_InChinese_OnTheSeedTemplate_CreatesIndexesAnnouncesAndSendsPersonalLists()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        await chat.OrganiserAsync("办公室");
        // The lead and one member have chatted 1:1 with the bot before; the other member has not.
        await chat.PrivatelyAsync("王书记", "帮助");
        await chat.PrivatelyAsync("张三", "帮助");

        Assert.Contains("专题民主生活会", string.Join('\n', SetupChat.Texts(await chat.InTeamAsync("办公室", "新建会议"))), StringComparison.Ordinal);
        Assert.Equal([SetupTexts.AskTheme.ZhCn], SetupChat.Texts(await chat.InTeamAsync("办公室", "专题民主生活会")));
        Assert.Equal([SetupTexts.AskWhen.ZhCn], SetupChat.Texts(await chat.InTeamAsync("办公室", "深刻领会新思想")));
        Assert.Equal([SetupTexts.AskPlace.ZhCn], SetupChat.Texts(await chat.InTeamAsync("办公室", "2030年1月15日 上午9点")));
        Assert.Contains("北京时间", SetupChat.Texts(await chat.InTeamAsync("办公室", "第一会议室"))[0], StringComparison.Ordinal);
        Assert.Equal([SetupTexts.AskLead.ZhCn], SetupChat.Texts(await chat.InTeamAsync("办公室", "默认")));
        Assert.Equal([SetupTexts.AskMembers.ZhCn], SetupChat.Texts(await chat.InTeamAsync("办公室", "", "zh-CN", "王书记")));
        Assert.Equal([SetupTexts.AskDepartmentHeads.ZhCn], SetupChat.Texts(await chat.InTeamAsync("办公室", "", "zh-CN", "张三", "李四")));
        Assert.Equal([SetupTexts.AskSupervisors.ZhCn], SetupChat.Texts(await chat.InTeamAsync("办公室", "", "zh-CN", "张三", "刘处长")));

        var plan = SetupChat.Texts(await chat.InTeamAsync("办公室", "跳过"));
        Assert.Contains("2030-01-15 09:00", plan[0], StringComparison.Ordinal);
        Assert.Contains("王书记", plan[0], StringComparison.Ordinal);
        // Department heads and supervisors are in the plan shown before creation, so a missing one is noticed there.
        Assert.Contains("- 分管部门负责同志：刘处长", plan[0], StringComparison.Ordinal);
        Assert.Contains("- 督导组：无", plan[0], StringComparison.Ordinal);
        Assert.Contains("北京时间", plan[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Asia/Shanghai", plan[0], StringComparison.Ordinal);
        Assert.Contains("2030-01-", plan[0].Split('\n').Last(), StringComparison.Ordinal);
        Assert.Equal(SetupTexts.AskConfirm.ZhCn, plan[1]);

        var done = SetupChat.Texts(await chat.InTeamAsync("办公室", "是"));

        var meeting = Assert.IsType<Meeting>(await chat.TeamMeetingAsync());
        Assert.Equal("深刻领会新思想", meeting.Theme);
        Assert.Equal("democratic-life-meeting", meeting.TemplateId);
        Assert.Equal("Asia/Shanghai", meeting.TimeZoneId);
        Assert.Equal(new DateTimeOffset(2030, 1, 15, 1, 0, 0, TimeSpan.Zero), meeting.StartsAt);
        Assert.True(meeting.Holds(chat.Id("办公室"), Role.Secretary));
        Assert.True(meeting.Holds(chat.Id("王书记"), Role.Lead));
        Assert.Equal(3, meeting.Members.Count);
        Assert.Equal([chat.Id("刘处长")], meeting.Find(chat.Id("张三"))!.OverseenDepartmentHeads);
        Assert.True(meeting.Holds(chat.Id("刘处长"), Role.DepartmentHead));
        Assert.NotEmpty(meeting.Deadlines);
        Assert.Contains(done, t => t.StartsWith("已创建会议：深刻领会新思想", StringComparison.Ordinal));
        Assert.Contains(done, t => t.Contains("李四", StringComparison.Ordinal) && t.Contains("刘处长", StringComparison.Ordinal) && t.Contains("私聊", StringComparison.Ordinal));
        Assert.Contains(SetupTexts.PersonalHeading.ZhCn[..3], Assert.Single(chat.SentPrivatelyTo("张三")), StringComparison.Ordinal);
        Assert.Single(chat.SentPrivatelyTo("王书记"));
    }

    [Fact]
    public async Task NewMeeting_InEnglish_OnTheRetrospectiveTemplate_WithEveryone_FromTheRoster()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        await chat.OrganiserAsync("Organiser");
        chat.Roster.AddRange([(chat.Id("Organiser"), "Organiser"), (chat.Id("Fay"), "Fay"), (chat.Id("Sam"), "Sam"), ("bot-1", "MeetingBot")]);
        await chat.PrivatelyAsync("Fay", "help", "en-US");

        Assert.Contains("Project retrospective", string.Join('\n', SetupChat.Texts(await chat.InTeamAsync("Organiser", "new meeting", "en-US"))), StringComparison.Ordinal);
        Assert.Equal([SetupTexts.AskTheme.En], SetupChat.Texts(await chat.InTeamAsync("Organiser", "Project retrospective", "en-US")));
        Assert.Equal([SetupTexts.AskWhen.En], SetupChat.Texts(await chat.InTeamAsync("Organiser", "Release 4.2 retro", "en-US")));
        Assert.Equal([SetupTexts.AskPlace.En], SetupChat.Texts(await chat.InTeamAsync("Organiser", "Jul 15, 2030 3:30 pm", "en-US")));
        Assert.Contains("Europe/London", SetupChat.Texts(await chat.InTeamAsync("Organiser", "Room 4", "en-US"))[0], StringComparison.Ordinal);
        Assert.Equal([SetupTexts.AskLead.En], SetupChat.Texts(await chat.InTeamAsync("Organiser", "Europe/Paris", "en-US")));
        Assert.Equal([SetupTexts.AskMembers.En], SetupChat.Texts(await chat.InTeamAsync("Organiser", "", "en-US", "Fay")));
        Assert.Equal([SetupTexts.AskDepartmentHeads.En], SetupChat.Texts(await chat.InTeamAsync("Organiser", "everyone", "en-US")));
        Assert.Equal([SetupTexts.AskSupervisors.En], SetupChat.Texts(await chat.InTeamAsync("Organiser", "skip", "en-US")));
        var plan = SetupChat.Texts(await chat.InTeamAsync("Organiser", "", "en-US", "Kim"));
        Assert.Contains("2030-07-15 15:30 (Europe/Paris)", plan[0], StringComparison.Ordinal);
        Assert.Contains("Pre-read: 2030-07-10 18:00", plan[0], StringComparison.Ordinal);

        var done = SetupChat.Texts(await chat.InTeamAsync("Organiser", "yes", "en-US"));

        var meeting = Assert.IsType<Meeting>(await chat.TeamMeetingAsync());
        Assert.Equal("project-retrospective", meeting.TemplateId);
        Assert.Equal("Europe/Paris", meeting.TimeZoneId);
        Assert.Equal([chat.Id("Fay"), chat.Id("Sam")], meeting.Members.Select(m => m.UserId));
        Assert.True(meeting.Holds(chat.Id("Kim"), Role.Supervisor));
        Assert.False(meeting.Holds(chat.Id("Organiser"), Role.Member));
        Assert.StartsWith("Meeting set up: Release 4.2 retro", done[0], StringComparison.Ordinal);
        Assert.Contains(done, t => t.Contains("Sam, Kim", StringComparison.Ordinal));
        Assert.Contains("Pre-read", Assert.Single(chat.SentPrivatelyTo("Fay")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewMeeting_APastDate_IsAskedAgainWithAnExample_AndEveryoneWithoutARoster_AsksForMentions()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        await chat.OrganiserAsync("办公室");
        await chat.InTeamAsync("办公室", "新建会议");
        await chat.InTeamAsync("办公室", "1");
        await chat.InTeamAsync("办公室", "主题");

        Assert.Equal([SetupTexts.WhenInThePast.ZhCn], SetupChat.Texts(await chat.InTeamAsync("办公室", "2020年1月15日 上午9点")));
        Assert.Equal([SetupTexts.WhenNeedsTime.ZhCn], SetupChat.Texts(await chat.InTeamAsync("办公室", "2030年1月15日")));
        Assert.Equal([SetupTexts.AskPlace.ZhCn], SetupChat.Texts(await chat.InTeamAsync("办公室", "2030年1月15日 上午9点")));
        await chat.InTeamAsync("办公室", "会议室");
        await chat.InTeamAsync("办公室", "默认");
        await chat.InTeamAsync("办公室", "", "zh-CN", "王书记");

        Assert.Equal([SetupTexts.RosterUnavailable.ZhCn], SetupChat.Texts(await chat.InTeamAsync("办公室", "全体")));
        Assert.Equal([SetupTexts.AskDepartmentHeads.ZhCn], SetupChat.Texts(await chat.InTeamAsync("办公室", "", "zh-CN", "张三")));
        Assert.Equal([ChatTextsCancelled], SetupChat.Texts(await chat.InTeamAsync("办公室", "取消")));
        Assert.Null(await chat.TeamMeetingAsync());
    }

    [Fact]
    public async Task NewMeeting_In1To1_GivesTheSecretaryHerOwnListInTheAnswer_AndGoesBackAStep()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        await chat.OrganiserAsync("Office");
        await chat.PrivatelyAsync("Office", "new meeting", "en-US");
        await chat.PrivatelyAsync("Office", "Project retrospective", "en-US");
        await chat.PrivatelyAsync("Office", "Retro", "en-US");
        await chat.PrivatelyAsync("Office", "Jul 15, 2030 3:30 pm", "en-US");
        Assert.Equal([SetupTexts.AskWhen.En], SetupChat.Texts(await chat.PrivatelyAsync("Office", "back", "en-US")));
        await chat.PrivatelyAsync("Office", "Jul 16, 2030 3:30 pm", "en-US");
        await chat.PrivatelyAsync("Office", "Room 4", "en-US");
        await chat.PrivatelyAsync("Office", "default", "en-US");
        await chat.PrivatelyAsync("Office", "", "en-US", "Fay");
        await chat.PrivatelyAsync("Office", "", "en-US", "Office", "Sam");
        await chat.PrivatelyAsync("Office", "skip", "en-US");
        await chat.PrivatelyAsync("Office", "skip", "en-US");

        var done = SetupChat.Texts(await chat.PrivatelyAsync("Office", "yes", "en-US"));

        Assert.StartsWith("Meeting set up: Retro, on 2030-07-16 15:30", done[0], StringComparison.Ordinal);
        Assert.StartsWith("Your tasks for the meeting \"Retro\"", done[1], StringComparison.Ordinal);
        Assert.Empty(chat.SentPrivatelyTo("Office"));
        Assert.Equal([SetupTexts.AuditHeading.In(MeetingBot.Localization.UserLocale.En, 20).Split('\n')[0]], SetupChat.Texts(await chat.PrivatelyAsync("Office", "audit", "en-US")).Select(t => t.Split('\n')[0]));
    }

    [Fact]
    public async Task NewMeeting_FromAMemberWhoIsNoOrganiser_IsRefused_NamingTheAdministrators_AndNothingStarts()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        await TestDirectory.AddAsync(factory.Services, chat.Id("admin"), "赵管理员", "党政办", "主任", [OrganisationRole.Administrator]);
        await TestDirectory.AddAsync(factory.Services, chat.Id("member"), "李成员", roles: [],
            identities: new ChannelIdentity(IdentityKinds.TeamsAadObjectId, chat.Id("李成员")));

        var member = SetupChat.Texts(await chat.InTeamAsync("李成员", "新建会议"));
        var stranger = SetupChat.Texts(await chat.PrivatelyAsync("路人", "新建会议"));

        var refusal = Assert.Single(member);
        Assert.StartsWith("只有会议组织者", refusal, StringComparison.Ordinal);
        Assert.Contains("赵管理员（党政办·主任）", refusal, StringComparison.Ordinal);
        Assert.Equal(member, stranger);
        Assert.NotEqual([SetupTexts.AskTheme.ZhCn], SetupChat.Texts(await chat.InTeamAsync("李成员", "专题民主生活会")));
        Assert.Null(await chat.TeamMeetingAsync());
    }

    private static readonly string ChatTextsCancelled = MeetingBot.Chat.ChatTexts.Cancelled.ZhCn;

    [Fact]
    public async Task InATeamsGroup_WhereNo1To1ChatCanBeOpened_TheSetUpSaysWhatToDo_AndThatEachAnswerNeedsTheMention()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        await chat.OrganiserAsync("办公室");

        var first = SetupChat.Texts(await chat.InTeamAsync("办公室", "新建会议"));

        Assert.Equal(SetupTexts.PrivateChatUnavailable.ZhCn + "\n\n" + SetupTexts.AnswerWithMention.ZhCn, first[0]);
        Assert.Contains("专题民主生活会", first[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task InATeamsGroupThatConsented_TheOrganisersAnswersWithoutTheMention_CarryTheSetUpOn_AndOthersTalkFreely()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        await chat.OrganiserAsync("办公室");
        await chat.InTeamAsync("办公室", "新建会议");

        // Teams delivers every group message once the team consented (RSC): the organiser's answer is for the bot.
        Assert.Equal([SetupTexts.AskTheme.ZhCn], SetupChat.Texts(await chat.InTeamWithoutMentionAsync("办公室", "专题民主生活会")));
        // A colleague talking in the same group meanwhile is not answered, and does not answer the organiser's question.
        Assert.Empty(await chat.InTeamWithoutMentionAsync("张三", "大家好，下午开会吗？"));
        Assert.Equal([SetupTexts.AskWhen.ZhCn], SetupChat.Texts(await chat.InTeamWithoutMentionAsync("办公室", "深刻领会新思想")));
        Assert.Equal([SetupTexts.AskPlace.ZhCn], SetupChat.Texts(await chat.InTeamAsync("办公室", "2030年1月15日 上午9点")));
    }

    [Fact]
    public async Task WithoutASetUpInProgress_AnUnaddressedGroupMessage_StaysPeopleTalking()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        await chat.OrganiserAsync("办公室");

        Assert.Empty(await chat.InTeamWithoutMentionAsync("办公室", "新建会议"));
        Assert.Empty(await chat.InTeamWithoutMentionAsync("办公室", "帮助"));
    }
}
