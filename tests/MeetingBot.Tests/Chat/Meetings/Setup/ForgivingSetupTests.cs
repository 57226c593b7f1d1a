using System.Text.RegularExpressions;
using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.People;
using MeetingBot.Localization;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Hosting;
using MeetingBot.Tests.People;
using MeetingBot.Tests.WebChannel;
using MeetingBot.WebChannel;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Chat.Meetings.Setup;

/// <summary>
/// 新建会议 forgives: a wrong answer is asked again with the reason, "返回" goes back a step, and a refusal at the end
/// sends the secretary back to the question that caused it; no answer is ever typed twice, no id is ever shown.
/// </summary>
public sealed partial class ForgivingSetupTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    [Fact]
    public async Task AnUnreadableDate_AndAnOddListOfDepartmentHeads_AreAskedAgainWithTheReason_AndTheSetupCompletesWithoutRetypingTheRest()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        await chat.OrganiserAsync("办公室");
        await AnswerUpToTheDateAsync(chat);

        var unreadable = await SayAsync(chat, "时间待定");
        var place = await SayAsync(chat, "2030年1月15日 上午9点");
        await SayAsync(chat, "第一会议室");
        await SayAsync(chat, "默认");
        await SayAsync(chat, "", "王书记");
        await SayAsync(chat, "", "张三", "李四");
        var odd = await SayAsync(chat, "", "张三", "刘处长", "李四");
        var supervisors = await SayAsync(chat, "", "张三", "刘处长", "李四", "刘处长");
        var plan = await SayAsync(chat, "跳过");
        await SayAsync(chat, "是");

        Assert.Equal([SetupTexts.RetryWhen.ZhCn], unreadable);
        Assert.Equal([SetupTexts.AskPlace.ZhCn], place);
        var reason = Assert.Single(odd);
        Assert.StartsWith("收到 3 人，无法两两配对", reason, StringComparison.Ordinal);
        Assert.Contains("例如：@张三 @刘处长", reason, StringComparison.Ordinal);
        Assert.Equal([SetupTexts.AskSupervisors.ZhCn], supervisors);
        Assert.Equal(SetupTexts.AskConfirm.ZhCn, plan[^1]);
        var meeting = Assert.IsType<Meeting>(await chat.TeamMeetingAsync());
        Assert.Equal("深刻领会新思想", meeting.Theme);
        Assert.Equal("第一会议室", meeting.Place);
        Assert.Equal(new DateTimeOffset(2030, 1, 15, 1, 0, 0, TimeSpan.Zero), meeting.StartsAt);
        // One head overseen by two members: the repeated mention is kept, not merged away.
        Assert.Equal([chat.Id("刘处长")], meeting.Find(chat.Id("张三"))!.OverseenDepartmentHeads);
        Assert.Equal([chat.Id("刘处长")], meeting.Find(chat.Id("李四"))!.OverseenDepartmentHeads);
    }

    [Fact]
    public async Task Back_AsksThePreviousQuestionAgain_AndTheChangedAnswerIsUsed()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        await chat.OrganiserAsync("办公室");
        await AnswerUpToTheDateAsync(chat);
        await SayAsync(chat, "2030年1月15日 上午9点");
        await SayAsync(chat, "第一会议室");
        await SayAsync(chat, "默认");
        await SayAsync(chat, "", "王书记");
        await SayAsync(chat, "", "张三", "李四");
        await SayAsync(chat, "", "张三", "刘处长");

        var heads = await SayAsync(chat, "返回");
        var supervisors = await SayAsync(chat, "", "李四", "陈主任");
        var headsAgain = await SayAsync(chat, "上一步");
        var again = await SayAsync(chat, "", "李四", "刘处长");
        await SayAsync(chat, "跳过");
        await SayAsync(chat, "是");

        Assert.Equal([SetupTexts.AskDepartmentHeads.ZhCn], heads);
        Assert.Equal([SetupTexts.AskSupervisors.ZhCn], supervisors);
        Assert.Equal([SetupTexts.AskDepartmentHeads.ZhCn], headsAgain);
        Assert.Equal([SetupTexts.AskSupervisors.ZhCn], again);
        var meeting = Assert.IsType<Meeting>(await chat.TeamMeetingAsync());
        Assert.Empty(meeting.Find(chat.Id("张三"))!.OverseenDepartmentHeads);
        Assert.Equal([chat.Id("刘处长")], meeting.Find(chat.Id("李四"))!.OverseenDepartmentHeads);
        Assert.Null(meeting.Find(chat.Id("陈主任")));
    }

    [Fact]
    public async Task ARefusalAtTheEnd_ReturnsToTheDepartmentHeads_NamingThePerson_AndKeepsEveryOtherAnswer()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        await chat.OrganiserAsync("办公室");
        var replies = new List<string>();
        await AnswerUpToTheDateAsync(chat);
        foreach (var (text, mentioned) in new (string, string[])[]
        {
            ("2030年1月15日 上午9点", []), ("第一会议室", []), ("默认", []), ("", ["王书记"]), ("", ["张三", "李四"]),
            ("", ["赵六", "刘处长"]),
        })
        {
            replies.AddRange(await SayAsync(chat, text, mentioned));
        }

        var refused = await SayAsync(chat, "", "赵督导");
        var plan = await SayAsync(chat, "", "张三", "刘处长");
        var done = await SayAsync(chat, "是");
        replies.AddRange([.. refused, .. plan, .. done]);

        Assert.Equal(2, refused.Count);
        Assert.StartsWith("赵六不是班子成员。", refused[0], StringComparison.Ordinal);
        Assert.Contains(SetupTexts.FixThisAnswer.ZhCn, refused[0], StringComparison.Ordinal);
        Assert.Equal(SetupTexts.AskDepartmentHeads.ZhCn, refused[1]);
        // The supervisors were answered before the refusal: the plan comes straight back, not their question.
        Assert.Contains("2030-01-15 09:00", plan[0], StringComparison.Ordinal);
        Assert.Equal(SetupTexts.AskConfirm.ZhCn, plan[^1]);
        var meeting = Assert.IsType<Meeting>(await chat.TeamMeetingAsync());
        Assert.True(meeting.Holds(chat.Id("赵督导"), Role.Supervisor));
        Assert.Equal([chat.Id("刘处长")], meeting.Find(chat.Id("张三"))!.OverseenDepartmentHeads);
        Assert.Null(meeting.Find(chat.Id("赵六")));
        foreach (var name in new[] { "办公室", "王书记", "张三", "李四", "赵六", "刘处长", "赵督导" })
        {
            Assert.DoesNotContain(replies, r => r.Contains(chat.Id(name), StringComparison.Ordinal));
        }

        AssertNoInternalIds(replies);
    }

    [Fact]
    public async Task InTheWebChat_RolesAreChangedByTheNameWrittenWithThem_AfterConfirmingWhomAndWhich()
    {
        var t = Guid.NewGuid().ToString("N")[..4];
        var services = factory.Services;
        var secretary = await TestDirectory.AddAsync(services, "u-sec-" + t, "周秘书" + t, "党政办", roles: [OrganisationRole.Organiser]);
        var lead = await TestDirectory.AddAsync(services, "u-lead-" + t, "张主任" + t, "党委");
        var li = await TestDirectory.AddAsync(services, "u-li-" + t, "李四" + t);
        var wang = await TestDirectory.AddAsync(services, "u-wang-" + t, "王五" + t);
        var issuer = services.GetRequiredService<InvitationIssuer>();
        using var chat = await WebChatSession.OpenAsync(factory, (await issuer.IssueAsync(null, secretary.Id, null, CancellationToken.None)).Value.Link);
        foreach (var answer in new[] { "新建会议", "专题民主生活会", "网页角色" + t, "2030年1月15日 上午9点", "第一会议室", "默认", lead.Name, $"{li.Name} {wang.Name}", "跳过", "跳过", "是" })
        {
            await chat.SayAsync(answer);
        }

        var meetingIds = await services.GetRequiredService<MeetingDirectory>().ForPersonAsync(BotFramework.Schema.Channels.DirectLine, secretary.WebChatUserId, CancellationToken.None);
        async Task<Meeting> StoredAsync() => (await services.GetRequiredService<MeetingRepository>().GetMeetingAsync(null, meetingIds[^1], CancellationToken.None))!;

        // The web chat makes no @mentions: the name is written with the roles, either side of them.
        var asked = await chat.SayAsync($"更改角色 {wang.Name} 成员 督导");
        Assert.Contains($"将{wang.Name}在会议", asked, StringComparison.Ordinal);
        Assert.False((await StoredAsync()).Holds(wang.WebChatUserId, Role.Supervisor));

        var changed = await chat.SayAsync("确认");

        Assert.Equal(SetupTexts.RolesChanged.In(UserLocale.ZhCn, wang.Name, "成员 督导"), changed);
        Assert.True((await StoredAsync()).Holds(wang.WebChatUserId, Role.Supervisor));
        Assert.Contains($"人员名录中没有“路人甲{t}”", await chat.SayAsync($"更改角色 督导 路人甲{t}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InTheWebChat_AnUnknownName_IsAskedAgain_AndARefusalShowsASharedNameWithItsUnit_NeverAnId()
    {
        var t = Guid.NewGuid().ToString("N")[..4];
        var services = factory.Services;
        var secretary = await TestDirectory.AddAsync(services, "u-sec-" + t, "周秘书" + t, "党政办", roles: [OrganisationRole.Organiser]);
        var lead = await TestDirectory.AddAsync(services, "u-lead-" + t, "张主任" + t, "党委");
        var li = await TestDirectory.AddAsync(services, "u-li-" + t, "李四" + t);
        var head = await TestDirectory.AddAsync(services, "u-head-" + t, "刘处长" + t);
        var zhaoOffice = await TestDirectory.AddAsync(services, "u-zo-" + t, "赵六" + t, "党政办");
        var zhaoFinance = await TestDirectory.AddAsync(services, "u-zf-" + t, "赵六" + t, "财政所");
        var issuer = services.GetRequiredService<InvitationIssuer>();
        using var chat = await WebChatSession.OpenAsync(factory, (await issuer.IssueAsync(null, secretary.Id, null, CancellationToken.None)).Value.Link);
        var theme = "网页筹备" + t;
        var replies = new List<string>();
        foreach (var answer in new[] { "新建会议", "专题民主生活会", theme, "2030年1月15日 上午9点", "第一会议室", "默认", lead.Name })
        {
            replies.Add(await chat.SayAsync(answer));
        }

        var unknown = await chat.SayAsync($"{li.Name}、路人甲{t}");
        var heads = await chat.SayAsync(li.Name);
        var which = await chat.SayAsync($"赵六{t} {head.Name}");
        await chat.SayAsync("2");
        var refused = await chat.SayAsync("跳过");
        var plan = await chat.SayAsync($"{li.Name} {head.Name}");
        var created = await chat.SayAsync("是");
        replies.AddRange([unknown, heads, which, refused, plan, created]);

        Assert.Contains($"人员名录中没有“路人甲{t}”", unknown, StringComparison.Ordinal);
        Assert.EndsWith(SetupTexts.RetryMembers.ZhCn, unknown, StringComparison.Ordinal);
        Assert.Equal(SetupTexts.AskDepartmentHeads.ZhCn, heads);
        Assert.Contains($"2. 赵六{t}（财政所）", which, StringComparison.Ordinal);
        Assert.StartsWith($"赵六{t}（财政所）不是班子成员。", refused, StringComparison.Ordinal);
        Assert.EndsWith(SetupTexts.AskDepartmentHeads.ZhCn, refused, StringComparison.Ordinal);
        Assert.EndsWith(SetupTexts.AskConfirm.ZhCn, plan, StringComparison.Ordinal);
        Assert.Contains(theme, created, StringComparison.Ordinal);
        var meetingIds = await services.GetRequiredService<MeetingDirectory>().ForPersonAsync(BotFramework.Schema.Channels.DirectLine, secretary.WebChatUserId, CancellationToken.None);
        var meeting = (await services.GetRequiredService<MeetingRepository>().GetMeetingAsync(null, meetingIds[^1], CancellationToken.None))!;
        Assert.Equal([lead.WebChatUserId, li.WebChatUserId], meeting.Members.Select(m => m.UserId));
        Assert.Equal([head.WebChatUserId], meeting.Find(li.WebChatUserId)!.OverseenDepartmentHeads);
        foreach (var person in new[] { secretary, lead, li, head, zhaoOffice, zhaoFinance })
        {
            Assert.DoesNotContain(replies, r => r.Contains(person.WebChatUserId, StringComparison.Ordinal) || r.Contains(person.Id, StringComparison.Ordinal));
        }

        AssertNoInternalIds(replies);
    }

    private static async Task AnswerUpToTheDateAsync(SetupChat chat)
    {
        await SayAsync(chat, "新建会议");
        await SayAsync(chat, "专题民主生活会");
        await SayAsync(chat, "深刻领会新思想");
    }

    private static async Task<List<string>> SayAsync(SetupChat chat, string text, params string[] mentioned) =>
        SetupChat.Texts(await chat.InTeamAsync("办公室", text, "zh-CN", mentioned));

    private static void AssertNoInternalIds(IEnumerable<string> replies)
    {
        foreach (var reply in replies)
        {
            Assert.DoesNotContain("dl_", reply, StringComparison.Ordinal);
            Assert.DoesNotContain("meetings/", reply, StringComparison.Ordinal);
            Assert.DoesNotMatch(HexUserId(), reply);
        }
    }

    [GeneratedRegex("u[0-9a-f]{16,}")]
    private static partial Regex HexUserId();
}
