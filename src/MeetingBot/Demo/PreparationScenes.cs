using System.Globalization;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reminders;
using MeetingBot.Coordination.Talks;
using static MeetingBot.Demo.DemoTeam;

namespace MeetingBot.Demo;

/// <summary>
/// The seed's preparation, played by the simulated team through chat: setup, a reminder pushed on time, everyone's
/// submissions and talks, the lead returning one outline and approving the revision, the collective material, and
/// readiness (the meeting refused while the previous rectification review is missing, then confirmed).
/// </summary>
public sealed class PreparationScenes(DemoStage stage)
{
    private const string Mark = "（示例）";

    private DemoChat Chat => stage.Chat;

    public async Task SetUpAsync()
    {
        // Everyone adds the bot (so it can write to each person 1:1 later); the office asks what it can do.
        foreach (var person in Everyone)
        {
            await Chat.InstallAsync(person);
        }

        await Chat.PrivatelyAsync(Office, "帮助").Expect("新建会议");

        var day = stage.Today.AddDays(30);
        await Chat.InTeamAsync(Office, "新建会议").Expect("专题民主生活会");
        await Chat.InTeamAsync(Office, "专题民主生活会");
        await Chat.InTeamAsync(Office, "深入学习贯彻新思想 以整风精神开展批评和自我批评");
        await Chat.InTeamAsync(Office, $"{day.Year}年{day.Month}月{day.Day}日 上午9点");
        await Chat.InTeamAsync(Office, "党委第一会议室").Expect("北京时间");
        await Chat.InTeamAsync(Office, "默认");
        await Chat.InTeamAsync(Office, "", Lead);
        await Chat.InTeamAsync(Office, "", [.. Members]);
        await Chat.InTeamAsync(Office, "", Members[0], Head);
        await Chat.InTeamAsync(Office, "", Supervisor);
        await Chat.InTeamAsync(Office, "是");
        await stage.DossierAsync();
        await Chat.InTeamAsync(Office, "谈话方案").Expect("共 7 对");
    }

    public Task RemindAsync() =>
        stage.AwaitReminderAsync(r => r.Kind is ReminderKind.BeforeDeadline or ReminderKind.OnDeadlineDay, Members[0], "提醒");

    public async Task SubmitAsync()
    {
        foreach (var person in Speakers)
        {
            await HandInAsync(person, "提交 学习", $"1. 《党章》{Mark}\n2. 中央八项规定\n3. 重要讲话精神");
            await HandInAsync(person, "提交 问题", "形式主义｜文山会海｜一季度召开会议15次｜群众提｜认账");
            await HandInAsync(person, "提交 材料", "1. 调研不深入，例如全年只下基层3次", "宗旨意识淡化，群众观点树得不牢", "改进作风，密切联系群众", "1. 每月下基层不少于2次\n2. 精简会议文件");
        }

        var meeting = (await stage.DossierAsync()).Meeting;
        foreach (var pair in TalkPlan.For(meeting, await stage.TemplateAsync()).Talks.Select(t => t.Pair))
        {
            // The member records; with a department head, the member records and the head confirms.
            var (first, second) = meeting.Holds(pair.First, Role.Member) ? (pair.First, pair.Second) : (pair.Second, pair.First);
            await TalkAsync(meeting.NameOf(first), meeting.NameOf(second));
        }

        foreach (var author in Speakers)
        {
            foreach (var target in Speakers.Where(t => t != author))
            {
                await OutlineAsync(author, target, "对分管领域的违规问题没有及时指出");
            }
        }
    }

    public async Task ReviewAsync()
    {
        var queue = (await Chat.PrivatelyAsync(Lead, "待审")).Expect("等待审阅").Text;
        var number = NumberOf(queue, $"{Members[0]} → {Members[1]}");
        await Chat.PrivatelyAsync(Lead, $"退回 {number} 事例不够具体，请补充时间地点").Expect("已退回");
        await OutlineAsync(Members[0], Members[1], "2026年3月例会上对违规发放补贴问题没有当场指出", version: 2);
        // 全部批准 approves the listing just shown, after one confirmation naming whom each outline is disclosed to.
        await Chat.PrivatelyAsync(Lead, "待审").Expect("等待审阅");
        await Chat.PrivatelyAsync(Lead, "全部批准").Expect("明示");
        await Chat.PrivatelyAsync(Lead, "确认").Expect("已批准");

        await Chat.PrivatelyAsync(Lead, "待审").Expect("没有等待你审阅");

        // The lead's own material and outlines are the supervisors' to review (审阅把关 by the level above), never his own.
        await Chat.PrivatelyAsync(Lead, "批准 材料1").Expect("由督导组");
        await Chat.PrivatelyAsync(Supervisor, "待审").Expect("等待审阅");
        await Chat.PrivatelyAsync(Supervisor, "全部批准").Expect("明示");
        await Chat.PrivatelyAsync(Supervisor, "确认").Expect("已批准");
    }

    public async Task ConfirmAsync()
    {
        await Chat.PrivatelyAsync(Lead, "集体材料 问题：文山会海问题突出\n典型事例：一季度召开全镇性会议15次\n根源：宗旨意识淡化\n努力方向：改进作风\n整改措施：全镇性会议每月不超过2次");
        await Chat.PrivatelyConfirmedAsync(Lead, "传阅").Expect("已传阅");
        await Chat.PrivatelyAsync(Members[0], "意见 典型事例还可以更具体");
        foreach (var member in Members.Skip(1))
        {
            await Chat.PrivatelyAsync(member, "无意见");
        }

        // The lead does not approve the team's material himself: 定稿 sends it to the supervisors, whose approval makes it final.
        await Chat.PrivatelyConfirmedAsync(Lead, "定稿").Expect("已送督导组");
        await Chat.PrivatelyConfirmedAsync(Supervisor, "集体材料 批准").Expect("材料已定稿");
        foreach (var person in Speakers)
        {
            await HandInAsync(person, "提交 出席 参加");
        }

        await HandInAsync(Office, $"提交 上报 {Iso(stage.Today)} 市委组织部");
        // 时间服从质量: the previous rectification review is still missing, so the meeting may not be confirmed yet.
        await Chat.InTeamAsync(Office, "确认会议").Expect("“上次整改情况回头看”尚未提交");
        await HandInAsync(Office, "提交 回头看\n1. 健全调研制度｜张伟｜已完成\n2. 精简会议文件｜李敏｜已完成");
        await Chat.InTeamAsync(Office, "进度").Expect("批评发言提纲：已完成 12/12");
        await Chat.InTeamConfirmedAsync(Office, "确认会议").Expect("会议已确认召开");
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task HandInAsync(string person, string command, params string[] answers)
    {
        await Chat.PrivatelyAsync(person, command);
        foreach (var answer in answers)
        {
            await Chat.PrivatelyAsync(person, answer);
        }

        await Chat.PrivatelyAsync(person, "提交").Expect("已提交");
    }

    private async Task TalkAsync(string recorder, string partner)
    {
        await Chat.PrivatelyAsync(recorder, "提交 谈话", partner).Expect(partner);
        await Chat.PrivatelyAsync(recorder, "今天");
        await Chat.PrivatelyAsync(recorder, "希望多下基层");
        await Chat.PrivatelyAsync(recorder, "希望会议更精简");
        await Chat.PrivatelyAsync(recorder, "相互提醒，共同改进");
        await Chat.PrivatelyAsync(recorder, "是");
        await Chat.PrivatelyAsync(recorder, "提交").Expect("已保存");
        await Chat.PrivatelyAsync(partner, "确认谈话", recorder).Expect("确认");
    }

    private async Task OutlineAsync(string author, string target, string example, int version = 1)
    {
        await Chat.PrivatelyAsync(author, "提交 提纲", target).Expect(target);
        await Chat.PrivatelyAsync(author,
            $"1. 党性原则不够强，例如{example}\n" +
            "2. 工作落实不够实，例如去年三项重点工作推进缓慢拖延半年\n" +
            "3. 严格自律要求不严，例如公务接待超标一次未及时纠正");
        await Chat.PrivatelyAsync(author, "提交").Expect($"第 {version} 版");
    }

    /// <summary>The number of the review list's line about <paramref name="about"/> ("author → target").</summary>
    private static int NumberOf(string queue, string about)
    {
        var line = queue.Split('\n').FirstOrDefault(l => l.Contains(about, StringComparison.Ordinal))
            ?? throw new DemoStepFailedException($"待审清单中没有“{about}”。");
        return int.Parse(line[..line.IndexOf('.', StringComparison.Ordinal)].Trim(), CultureInfo.InvariantCulture);
    }
}
