using System.Globalization;
using MeetingBot.Chat.Meetings.Reviews;
using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Chat.Meetings.Submissions;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Talks;
using MeetingBot.Coordination.Templates;
using MeetingBot.Localization;
using MeetingBot.Tests.Chat.Meetings;
using MeetingBot.Tests.Chat.Meetings.Setup;
using MeetingBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Scenarios;

/// <summary>
/// The seed's whole preparation (专题民主生活会), in Chinese, entirely through the HTTP pipeline with Memory storage:
/// the organising office, the lead, five members, three department heads and two supervisors, each with a 1:1 chat.
/// </summary>
public sealed class DemocraticLifeMeetingScenarioTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    // Every piece of content carries this mark: it must never appear in the group.
    internal const string Secret = "【内部材料】";
    internal const string Office = "办公室";
    internal const string Lead = "王书记";
    internal static readonly string[] Members = ["张伟", "李敏", "刘洋", "陈静", "赵刚"];
    internal static readonly string[] Heads = ["孙处长", "周科长", "吴主任"];
    internal static readonly string[] Supervisors = ["督导甲", "督导乙"];

    [Fact]
    public async Task SeedPreparation_FromSetupToConfirmation_ThroughChatAlone()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        await PrepareAndConfirmAsync(chat, factory);
    }

    /// <summary>The seed's whole preparation through chat, asserting each step, ending with the meeting confirmed (the closing scenario starts here).</summary>
    internal static async Task<Meeting> PrepareAndConfirmAsync(SetupChat chat, MeetingBotFactory factory)
    {
        string[] team = [Lead, .. Members];
        await chat.OrganiserAsync(Office);
        foreach (var person in (string[])[Office, .. team, .. Heads, .. Supervisors])
        {
            await chat.PrivatelyAsync(person, "帮助");
        }

        // 新建会议 in the team conversation, answered in the office's 1:1 chat (Teams as shipped): template, theme, date
        // ~40 days ahead, place, zone, roles by @mention.
        var now = factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var day = now.UtcDateTime.AddDays(40);
        Assert.Equal([SetupTexts.ContinuesPrivately.ZhCn], Texts(await chat.InTeamAsync(Office, "新建会议")));
        Assert.Contains(chat.SentPrivatelyTo(Office), t => t.Contains("专题民主生活会", StringComparison.Ordinal));
        Assert.Equal([SetupTexts.AskTheme.ZhCn], Texts(await chat.PrivatelyAsync(Office, "专题民主生活会")));
        Assert.Equal([SetupTexts.AskWhen.ZhCn], Texts(await chat.PrivatelyAsync(Office, "深入学习贯彻新思想 以整风精神开展批评和自我批评")));
        Assert.Equal([SetupTexts.AskPlace.ZhCn], Texts(await chat.PrivatelyAsync(Office, $"{day.Year}年{day.Month}月{day.Day}日 上午9点")));
        Assert.Contains("北京时间", Texts(await chat.PrivatelyAsync(Office, "党委第一会议室"))[0], StringComparison.Ordinal);
        Assert.Equal([SetupTexts.AskLead.ZhCn], Texts(await chat.PrivatelyAsync(Office, "默认")));
        Assert.Equal([SetupTexts.AskMembers.ZhCn], Texts(await chat.PrivatelyAsync(Office, "", "zh-CN", Lead)));
        Assert.Equal([SetupTexts.AskDepartmentHeads.ZhCn], Texts(await chat.PrivatelyAsync(Office, "", "zh-CN", Members)));
        Assert.Equal([SetupTexts.AskSupervisors.ZhCn],
            Texts(await chat.PrivatelyAsync(Office, "", "zh-CN", Members[0], Heads[0], Members[1], Heads[1], Members[2], Heads[2])));
        var plan = Texts(await chat.PrivatelyAsync(Office, "", "zh-CN", Supervisors));
        Assert.Equal(SetupTexts.AskConfirm.ZhCn, plan[^1]);
        await chat.PrivatelyAsync(Office, "是");

        var meeting = Assert.IsType<Meeting>(await chat.TeamMeetingAsync());
        Assert.Equal(6, meeting.Members.Count);
        Assert.True(meeting.Holds(chat.Id(Lead), Role.Lead));
        Assert.All(Heads, h => Assert.True(meeting.Holds(chat.Id(h), Role.DepartmentHead)));
        Assert.All(Supervisors, s => Assert.True(meeting.Holds(chat.Id(s), Role.Supervisor)));
        var template = factory.Services.GetRequiredService<TemplateLibrary>().Find(meeting.TemplateId)!;

        // 谈话方案: the lead with each member, members with each other, members with the heads they oversee.
        var talkPlan = string.Join('\n', Texts(await chat.InTeamAsync(Office, "谈话方案")));
        // 5 lead pairs + 10 among the other members + 3 member–head pairs.
        Assert.Contains("共 18 对", talkPlan, StringComparison.Ordinal);
        Assert.All(Heads, h => Assert.Contains(h, talkPlan, StringComparison.Ordinal));

        // 精心组织学习 / 深入查摆问题 / 撰写对照检查材料: every member, in his 1:1 chat.
        foreach (var member in team)
        {
            await SubmitAsync(chat, member, "提交 学习", $"1. 《党章》{Secret}\n2. 中央八项规定\n3. 重要讲话精神");
            await SubmitAsync(chat, member, "提交 问题", $"形式主义｜文山会海{Secret}｜一季度召开会议15次｜群众提｜认账");
            await SubmitAsync(chat, member, "提交 材料",
                $"1. 调研不深入，例如全年只下基层3次{Secret}", "宗旨意识淡化，群众观点树得不牢", "改进作风，密切联系群众", "1. 每月下基层不少于2次\n2. 精简会议文件");
        }

        // 进度 while contents are in: the group sees names, counts and states only.
        AssertGroupSafe(Texts(await chat.InTeamAsync(Office, "进度")));

        // 普遍开展谈心: each planned pair recorded by one party and confirmed by the other.
        foreach (var pair in TalkPlan.For(meeting, template).Talks.Select(t => t.Pair))
        {
            // A member records; with a department head, the member is the recorder and the head confirms.
            var (first, second) = meeting.Holds(pair.First, Role.Member) ? (pair.First, pair.Second) : (pair.Second, pair.First);
            var (recorder, partner) = (NameOf(meeting, first), NameOf(meeting, second));
            Assert.Contains(SubmissionTexts.TalkDate.In(UserLocale.ZhCn, partner),
                Texts(await chat.PrivatelyAsync(recorder, "提交 谈话", "zh-CN", partner))[0], StringComparison.Ordinal);
            await chat.PrivatelyAsync(recorder, "今天");
            await chat.PrivatelyAsync(recorder, $"希望多下基层{Secret}");
            await chat.PrivatelyAsync(recorder, "希望会议更精简");
            await chat.PrivatelyAsync(recorder, "相互提醒，共同改进");
            await chat.PrivatelyAsync(recorder, "是");
            Assert.Contains("已保存", Texts(await chat.PrivatelyAsync(recorder, "提交"))[0], StringComparison.Ordinal);
            Assert.Equal([SubmissionTexts.TalkConfirmed.In(UserLocale.ZhCn, recorder)],
                Texts(await chat.PrivatelyAsync(partner, "确认谈话", "zh-CN", recorder)));
        }

        // 批评发言提纲: every member about every other member (N×(N−1)).
        foreach (var author in team)
        {
            foreach (var target in team.Where(t => t != author))
            {
                await SubmitOutlineAsync(chat, author, target);
            }
        }

        // 审阅把关 by more than one level: the lead reviews his members' materials and outlines; his own material and
        // outlines go to the supervisors (督导组), and he cannot approve them himself.
        var queue = Texts(await chat.PrivatelyAsync(Lead, "待审"));
        Assert.StartsWith("等待审阅：30份", queue[0], StringComparison.Ordinal); // 5 members' materials + 5×5 outlines by members
        Assert.StartsWith("你的个人对照检查材料由督导组（督导甲、督导乙）审阅，本人不能批准或退回。",
            string.Join('\n', Texts(await chat.PrivatelyAsync(Lead, "批准 材料1"))), StringComparison.Ordinal);
        var supervised = await chat.PrivatelyAsync(Supervisors[0], "待审");
        Assert.StartsWith("等待审阅：6份", Texts(supervised)[0], StringComparison.Ordinal); // the lead's material + his 5 outlines
        Assert.Contains(Secret, MeetingTestBed.AllStrings(supervised[1]), StringComparison.Ordinal); // the reviewer reads what he decides

        // The supervisor returns the lead's outline about 张伟 (second in his queue, after the lead's material).
        var returned = Texts(await chat.PrivatelyAsync(Supervisors[0], "退回 2 事例不够具体，请补充时间地点"));
        Assert.Matches("^已退回：提纲\\d+ 批评发言提纲", returned[0]);
        Assert.NotEmpty(await chat.ReceivedPrivatelyAsync(Lead, t => t.Contains("被退回修改", StringComparison.Ordinal) && t.Contains("事例不够具体", StringComparison.Ordinal)));
        await chat.PrivatelyAsync(Lead, "提交 提纲", "zh-CN", Members[0]);
        await chat.PrivatelyAsync(Lead,
            $"1. 党性原则不够强，例如2026年3月镇政府例会上对违规发放补贴问题没有当场指出{Secret}\n" +
            "2. 工作落实不够实，例如2026年5月部署的农村道路工程拖延半年未验收\n" +
            "3. 严格自律要求不严，例如2026年8月公务接待超标一次未及时纠正");
        Assert.Equal([SubmissionTexts.Submitted.In(UserLocale.ZhCn, 2)], Texts(await chat.PrivatelyAsync(Lead, "提交")));

        // Each reviewer approves what is with him; each approved outline is disclosed (明示) in its target's 1:1 chat.
        // Numbers refer to the listing the reviewer was shown, so 批准 1, 批准 2, … go down that list.
        foreach (var (reviewer, count) in (ValueTuple<string, int>[])[(Lead, 30), (Supervisors[1], 6)])
        {
            await chat.PrivatelyAsync(reviewer, "待审");
            for (var i = 1; i <= count; i++)
            {
                var approved = Texts(await chat.PrivatelyConfirmedAsync(reviewer, $"批准 {i}"));
                Assert.StartsWith("已批准", approved[0], StringComparison.Ordinal);
            }
        }

        foreach (var target in team)
        {
            var disclosed = await chat.ReceivedPrivatelyAsync(target, t => t.StartsWith("明示：", StringComparison.Ordinal), team.Length - 1);
            Assert.Equal(team.Length - 1, disclosed.Count);
        }

        Assert.NotEmpty(await chat.ReceivedPrivatelyAsync(Members[0], t => t.Contains("2026年5月部署的农村道路工程", StringComparison.Ordinal)));

        // 班子对照检查材料: drafted by the lead, circulated, every other member comments or states none, reviewed by 督导组.
        Assert.Equal([CollectiveMaterialTexts.Drafted.ZhCn], Texts(await chat.PrivatelyAsync(Lead,
            $"集体材料 问题：文山会海问题突出{Secret}\n典型事例：一季度召开全镇性会议15次\n根源：宗旨意识淡化\n努力方向：改进作风\n整改措施：全镇性会议每月不超过2次")));
        Assert.StartsWith("集体材料第1稿已传阅", Texts(await chat.PrivatelyConfirmedAsync(Lead, "传阅"))[0], StringComparison.Ordinal);
        Assert.Equal([CollectiveMaterialTexts.Commented.ZhCn], Texts(await chat.PrivatelyAsync(Members[0], "意见 典型事例还可以更具体")));
        foreach (var member in Members.Skip(1))
        {
            Assert.Equal([CollectiveMaterialTexts.NoCommentRecorded.ZhCn], Texts(await chat.PrivatelyAsync(member, "无意见")));
        }

        // 定稿 sends it to the supervisors (督导组); the lead does not approve it himself, a supervisor's approval makes it final.
        Assert.StartsWith("集体材料第1稿已送督导组（督导甲、督导乙）审核", Texts(await chat.PrivatelyConfirmedAsync(Lead, "定稿"))[0], StringComparison.Ordinal);
        Assert.NotEmpty(await chat.ReceivedPrivatelyAsync(Supervisors[1], t => t.Contains("将班子对照检查材料第1稿送你审核", StringComparison.Ordinal)));
        Assert.StartsWith("班子对照检查材料由督导组（督导甲、督导乙）审核把关", Texts(await chat.PrivatelyAsync(Lead, "集体材料 批准"))[0], StringComparison.Ordinal);
        Assert.StartsWith("已批准班子对照检查材料第1稿，材料已定稿", Texts(await chat.PrivatelyConfirmedAsync(Supervisors[0], "集体材料 批准"))[0], StringComparison.Ordinal);

        // 会前把关: attendance by every member, the report upward by the office.
        foreach (var member in team)
        {
            await SubmitAsync(chat, member, "提交 出席 参加");
        }

        var today = DateOnly.FromDateTime(factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime.AddHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await SubmitAsync(chat, Office, $"提交 上报 {today} 市委组织部");

        // 时间服从质量: with the previous rectification review still missing, 确认会议 is refused and names the gap.
        var refused = string.Join('\n', Texts(await chat.InTeamAsync(Office, "确认会议")));
        Assert.Contains("还有1项未落实", refused, StringComparison.Ordinal);
        Assert.Contains("“上次整改情况回头看”尚未提交", refused, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, refused, StringComparison.Ordinal);
        Assert.Equal(MeetingStatus.Preparing, (await chat.StoredAsync(meeting.Id))!.Status);

        await SubmitAsync(chat, Office, "提交 回头看\n1. 健全调研制度｜张伟｜已完成\n2. 精简会议文件｜李敏｜已完成");

        // 进度 in the group: names, counts and states, never the content of any submission.
        var progress = string.Join('\n', Texts(await chat.InTeamAsync(Office, "进度")));
        AssertGroupSafe([progress]);
        Assert.Contains("批评发言提纲：已完成 30/30", progress, StringComparison.Ordinal); // every member about every other: 6×5
        Assert.Contains("谈心谈话：已确认 18/18", progress, StringComparison.Ordinal);
        Assert.Contains("个人对照检查材料：已完成 6/6", progress, StringComparison.Ordinal);
        Assert.Contains("班子对照检查材料：已完成 1/1", progress, StringComparison.Ordinal);
        Assert.Contains("6人确认出席", progress, StringComparison.Ordinal); // quorum of 2/3 met

        var confirmed = string.Join('\n', Texts(await chat.InTeamConfirmedAsync(Office, "确认会议")));
        Assert.Contains("会议已确认召开", confirmed, StringComparison.Ordinal);
        var stored = (await chat.StoredAsync(meeting.Id))!;
        Assert.Equal(MeetingStatus.Confirmed, stored.Status);
        return stored;
    }

    /// <summary>Seed: the group sees names, counts and states — never what anyone wrote.</summary>
    private static void AssertGroupSafe(IEnumerable<string> groupTexts)
    {
        var text = string.Join('\n', groupTexts);
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain("文山会海", text, StringComparison.Ordinal);
        Assert.DoesNotContain("例如", text, StringComparison.Ordinal);
    }

    private static async Task SubmitOutlineAsync(SetupChat chat, string author, string target)
    {
        Assert.Contains(target, Texts(await chat.PrivatelyAsync(author, "提交 提纲", "zh-CN", target))[0], StringComparison.Ordinal);
        await chat.PrivatelyAsync(author,
            $"1. 党性原则不够强，例如对{target}分管领域的违规问题没有及时指出{Secret}\n" +
            "2. 工作落实不够实，例如去年三项重点工作推进缓慢拖延半年\n" +
            "3. 严格自律要求不严，例如公务接待超标一次未及时纠正");
        Assert.Equal([SubmissionTexts.Submitted.In(UserLocale.ZhCn, 1)], Texts(await chat.PrivatelyAsync(author, "提交")));
    }

    private static Task SubmitAsync(SetupChat chat, string person, string command, params string[] answers) =>
        ScenarioSteps.SubmitAsync(chat, person, "zh-CN", "提交", "已提交", command, answers);

    private static string NameOf(Meeting meeting, string userId) => meeting.NameOf(userId);

    private static List<string> Texts(IEnumerable<System.Text.Json.Nodes.JsonObject> replies) => SetupChat.Texts(replies);
}
