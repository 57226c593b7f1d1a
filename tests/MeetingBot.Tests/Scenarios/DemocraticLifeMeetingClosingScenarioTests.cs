using System.Globalization;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Rectification;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Reminders;
using MeetingBot.Meetings.Storage;
using MeetingBot.Reminders;
using MeetingBot.Tests.Chat.Meetings.Setup;
using Microsoft.Extensions.DependencyInjection;
using static MeetingBot.Tests.Scenarios.DemocraticLifeMeetingScenarioTests;

namespace MeetingBot.Tests.Scenarios;

/// <summary>
/// The seed's meeting after its preparation (phases 7–9), in Chinese through the HTTP pipeline: run sheet, minutes,
/// meeting held, the special report returned and approved by the supervisors, its submission upward and
/// announcement, rectification tasks drawn from the materials, owners' progress, and publication. Every refusal on
/// the way (wrong role, too early, not yet approved) is answered in words.
/// </summary>
public sealed class DemocraticLifeMeetingClosingScenarioTests(ClosingScenarioHost host) : IClassFixture<ClosingScenarioHost>
{
    [Fact]
    public async Task SeedMeeting_FromConfirmationToPublishedRectification_ThroughChatAlone()
    {
        var factory = host.Factory;
        await using var chat = await SetupChat.StartAsync(factory);
        var meeting = await PrepareAndConfirmAsync(chat, factory);
        string[] team = [Lead, .. Members];

        // 议程: the group sees order and names; the lead in 1:1 sees every approved outline as each speaker's reference.
        var groupSheet = Text(await chat.InTeamAsync(Office, "议程"));
        Assert.Contains("王书记代表班子作对照检查", groupSheet, StringComparison.Ordinal);
        Assert.Contains("张伟对李敏提出批评意见", groupSheet, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, groupSheet, StringComparison.Ordinal);
        Assert.DoesNotContain("例如", groupSheet, StringComparison.Ordinal);
        Assert.Contains(Secret, Text(await chat.PrivatelyAsync(Lead, "议程")), StringComparison.Ordinal);
        var officeSheet = Text(await chat.PrivatelyAsync(Office, "议程"));
        // The office reads the circulated collective material and the 回头看, never an outline or anyone's own material.
        Assert.Contains("文山会海问题突出", officeSheet, StringComparison.Ordinal);
        Assert.DoesNotContain("没有及时指出", officeSheet, StringComparison.Ordinal);
        Assert.DoesNotContain("全年只下基层3次", officeSheet, StringComparison.Ordinal);
        Assert.Contains("健全调研制度（张伟）：已完成", officeSheet, StringComparison.Ordinal);
        Assert.Contains("1. Review of the previous rectification tasks", Text(await chat.PrivatelyAsync(Members[0], "run sheet", "en")), StringComparison.Ordinal);

        // Before the meeting begins, it cannot be held nor minuted.
        Assert.StartsWith("会议定于", Text(await chat.InTeamAsync(Office, "会议已召开")), StringComparison.Ordinal);
        Assert.StartsWith("会议定于", Text(await chat.PrivatelyAsync(Office, $"记录发言 {Members[0]} 自我批评 调研不深入")), StringComparison.Ordinal);

        host.Clock.JumpTo(meeting.StartsAt.AddMinutes(30));

        // 会议记录: only the secretary; per member self-criticism, criticism from another member, response.
        Assert.Equal("只有会议组织者（领导小组办公室）可以这样做。如需办理，请联系办公室。", Text(await chat.PrivatelyAsync(Lead, $"记录发言 {Members[0]} 自我批评 调研不深入")));
        Assert.StartsWith("用法：记录发言", Text(await chat.PrivatelyAsync(Office, "记录发言 张伟")), StringComparison.Ordinal);
        Assert.Equal("参会名单中没有“钱七”。", Text(await chat.PrivatelyAsync(Office, "记录发言 钱七 自我批评 内容")));
        Assert.StartsWith("已记入会议记录（第1条）", Text(await chat.PrivatelyAsync(Office, $"记录发言 {Lead} 班子对照检查 班子在转变作风上存在差距")), StringComparison.Ordinal);
        for (var i = 0; i < team.Length; i++)
        {
            var member = team[i];
            var critic = team[(i + 1) % team.Length];
            Assert.StartsWith("已记入会议记录", Text(await chat.PrivatelyAsync(Office, $"记录发言 {member} 自我批评 {member}：深入基层不够")), StringComparison.Ordinal);
            Assert.Equal($"已记入会议记录（第{3 + (i * 3)}条）：{critic}对{member}的批评意见。",
                Text(await chat.PrivatelyAsync(Office, $"记录发言 {member} 批评 {critic} 希望{member}多听群众意见")));
            Assert.StartsWith("已记入会议记录", Text(await chat.PrivatelyAsync(Office, $"记录发言 {member} 表态 诚恳接受")), StringComparison.Ordinal);
        }

        // The same refusals in English.
        Assert.Equal("Only the meeting's secretary can do this. Ask 办公室 if it needs doing.", Text(await chat.PrivatelyAsync(Lead, $"record minutes {Members[0]} self too few visits", "en")));
        Assert.StartsWith("This comes after the meeting has been held", Text(await chat.PrivatelyAsync(Office, $"rectification propose {Iso(DateOnly.FromDateTime(meeting.LocalStart).AddMonths(1))}", "en")), StringComparison.Ordinal);
        Assert.StartsWith("Usage: review report approve", Text(await chat.PrivatelyAsync(Supervisors[1], "review report", "en")), StringComparison.Ordinal);
        await chat.PrivatelyAsync(Supervisors[1], "帮助"); // back to Chinese: his notices follow his last message

        // The report waits for the meeting to be marked held; only the secretary marks it.
        Assert.StartsWith("会议召开后才能这样做", Text(await chat.PrivatelyAsync(Office, "专题报告")), StringComparison.Ordinal);
        Assert.Equal("只有会议组织者（领导小组办公室）可以这样做。如需办理，请联系办公室。", Text(await chat.InTeamAsync(Lead, "会议已召开")));
        Assert.StartsWith("会议已标记为召开", Text(await chat.InTeamConfirmedAsync(Office, "会议已召开")), StringComparison.Ordinal);
        Assert.Equal(MeetingStatus.Reporting, (await chat.StoredAsync(meeting.Id))!.Status);
        // Held: the report and rectification phases now have deadlines, and the secretary's reminders are scheduled.
        var phaseTriggers = await TriggerNamesAsync(factory.Services.GetRequiredService<ReminderSchedule>(), meeting.Id);
        Assert.Contains(PlannedReminder.KeyOf(meeting.Id, ReminderKind.PhaseDeadline, PhaseReminders.ReportPhase, 3), phaseTriggers);
        Assert.Contains(PlannedReminder.KeyOf(meeting.Id, ReminderKind.PhaseDeadline, PhaseReminders.RectificationPhase, 1), phaseTriggers);
        Assert.Equal("会议已标记为召开。", Text(await chat.InTeamAsync(Office, "会议已召开"))); // held already: said at once, nothing to confirm

        // 专题报告: in 1:1 only; the draft is composed from the records.
        Assert.Equal("专题报告只在与我的私聊中查看。", Text(await chat.InTeamAsync(Office, "专题报告")));
        var draft = Text(await chat.PrivatelyAsync(Office, "专题报告"));
        Assert.Contains("（报告稿，根据当前记录生成）", draft, StringComparison.Ordinal);
        Assert.Contains("一、会前准备情况", draft, StringComparison.Ordinal);
        Assert.Contains("6名班子成员共查摆问题6条，其中主动认账6条", draft, StringComparison.Ordinal);
        Assert.Contains("批评发言提纲：应写30份，经主要负责同志审阅把关审定30份（退回修改1次）", draft, StringComparison.Ordinal);
        Assert.Contains("谈心谈话方案共18对，已记录18对，经双方确认18对", draft, StringComparison.Ordinal);
        Assert.Contains("准备工作全部完成后确认召开", draft, StringComparison.Ordinal);
        Assert.Contains("三、批评和自我批评情况", draft, StringComparison.Ordinal);
        Assert.Contains("李敏：希望张伟多听群众意见", draft, StringComparison.Ordinal);
        Assert.Contains("四、整改措施", draft, StringComparison.Ordinal);
        Assert.Contains("1. Preparation", Text(await chat.PrivatelyAsync(Supervisors[0], "report", "en")), StringComparison.Ordinal);

        // 通报会 first (the seed: 通报情况后，形成专题报告): the lead or the office records it; members may not.
        var heldOn = Iso(DateOnly.FromDateTime(meeting.LocalStart));
        Assert.StartsWith("请先召开通报会并记录", Text(await chat.PrivatelyAsync(Office, "专题报告 送审")), StringComparison.Ordinal);
        Assert.StartsWith("只有会议组织者（领导小组办公室）或主要负责同志可以记录通报会", Text(await chat.PrivatelyAsync(Members[0], $"记录通报会 {heldOn} 范围：全体干部 内容：会议情况")), StringComparison.Ordinal);
        Assert.StartsWith("用法：记录通报会", Text(await chat.PrivatelyAsync(Lead, "记录通报会 全体干部")), StringComparison.Ordinal);
        Assert.Equal($"已记录：{heldOn}召开通报会，范围：镇全体干部。",
            Text(await chat.PrivatelyAsync(Lead, $"已于{heldOn}召开通报会，范围：镇全体干部，内容：会前准备、开展批评与自我批评、制定整改措施等情况")));

        // 送审 by the secretary; the supervisors are told 1:1. A supervisor returns it, the secretary resubmits, another approves.
        Assert.Equal("只有会议组织者（领导小组办公室）可以这样做。如需办理，请联系办公室。", Text(await chat.PrivatelyAsync(Lead, "专题报告 送审")));
        Assert.Equal("专题报告第1稿已送督导组审阅。", Text(await chat.PrivatelyAsync(Office, "专题报告 送审")));
        // 督导甲 last spoke English to the bot, so his notice is in English.
        Assert.NotEmpty(await chat.ReceivedPrivatelyAsync(Supervisors[0], t => t.Contains("awaits your review", StringComparison.Ordinal)));
        Assert.NotEmpty(await chat.ReceivedPrivatelyAsync(Supervisors[1], t => t.Contains("送您审阅", StringComparison.Ordinal)));
        Assert.Equal("专题报告正在督导组审阅中。", Text(await chat.PrivatelyAsync(Office, "专题报告 送审")));
        Assert.Equal("只有督导组可以审阅专题报告。如需催促审阅，请联系办公室。", Text(await chat.PrivatelyAsync(Lead, "审阅报告 通过")));
        Assert.Equal("请写明意见。", Text(await chat.PrivatelyAsync(Supervisors[0], "审阅报告 退回")));
        Assert.Equal("专题报告第1稿已退回秘书修改。", Text(await chat.PrivatelyAsync(Supervisors[0], "审阅报告 退回 整改措施要明确完成时限")));
        Assert.NotEmpty(await chat.ReceivedPrivatelyAsync(Office, t => t.Contains("整改措施要明确完成时限", StringComparison.Ordinal)));
        Assert.Equal("专题报告经督导组审定后才能报送和通报。", Text(await chat.PrivatelyAsync(Office, "报送 组织部")));
        Assert.Equal("专题报告第2稿已送督导组审阅。", Text(await chat.PrivatelyAsync(Office, "专题报告 送审")));
        Assert.Equal("专题报告第2稿已审定。", Text(await chat.PrivatelyAsync(Supervisors[1], "审阅报告 通过 同意上报")));

        // 报送 to each addressee the template lists, when, not in the future; 通报 to the masses only after all of them.
        var today = DateOnly.FromDateTime(meeting.LocalStart);
        Assert.StartsWith("报送日期不能晚于今天", Text(await chat.PrivatelyAsync(Office, $"报送 组织部 {Iso(today.AddDays(1))}")), StringComparison.Ordinal);
        Assert.StartsWith("“市委宣传部”不是本会议专题报告的报送对象。报送对象：上级教育实践活动领导小组办公室、上级纪委、组织部",
            Text(await chat.PrivatelyAsync(Office, "报送 市委宣传部")), StringComparison.Ordinal);
        Assert.Equal($"已记录：专题报告于{Iso(today)}报送“组织部”。\n尚未报送：上级教育实践活动领导小组办公室、上级纪委",
            Text(await chat.PrivatelyConfirmedAsync(Office, $"报告已报送 组织部 {Iso(today)}")));
        Assert.StartsWith("专题报告报送所有对象后才能向群众通报。尚未报送：上级教育实践活动领导小组办公室、上级纪委。",
            Text(await chat.PrivatelyAsync(Office, "报送 通报 镇政务公开栏")), StringComparison.Ordinal);
        Assert.Contains("尚未报送：上级教育实践活动领导小组办公室、上级纪委", Text(await chat.PrivatelyAsync(Members[1], "专题报告")), StringComparison.Ordinal);
        Assert.EndsWith("尚未报送：上级教育实践活动领导小组办公室", Text(await chat.PrivatelyConfirmedAsync(Office, "报送 上级纪委")), StringComparison.Ordinal);
        Assert.EndsWith("已报送全部对象。", Text(await chat.PrivatelyConfirmedAsync(Office, "报送 上级教育实践活动领导小组办公室")), StringComparison.Ordinal);
        Assert.Equal($"已记录：专题报告于{Iso(today)}通报“镇政务公开栏”。", Text(await chat.PrivatelyConfirmedAsync(Office, $"报送 通报 镇政务公开栏 {Iso(today)}")));
        var approved = Text(await chat.PrivatelyAsync(Members[1], "专题报告"));
        Assert.Contains("状态：第2稿已经督导乙审定。", approved, StringComparison.Ordinal);
        Assert.Contains("报送：组织部", approved, StringComparison.Ordinal);
        Assert.Contains("已报送全部对象。", approved, StringComparison.Ordinal);
        Assert.Contains("通报会：" + heldOn + "，范围：镇全体干部", approved, StringComparison.Ordinal);

        // 整改: tasks drawn from the materials' measures by the secretary, one added by hand; owners told 1:1.
        var due = Iso(today.AddMonths(3));
        Assert.Equal("只有会议组织者（领导小组办公室）可以这样做。如需办理，请联系办公室。", Text(await chat.PrivatelyAsync(Members[0], $"整改 生成 {due}")));
        Assert.Equal("无法识别日期“下月”，请写成 2014-09-30。", Text(await chat.PrivatelyAsync(Office, "整改 生成 下月")));
        Assert.Equal("已添加整改任务13项（第1至13项）。", Text(await chat.PrivatelyConfirmedAsync(Office, $"整改 生成 {due}")));
        // Again: each task is on the list once, and the secretary is told nothing new was found.
        Assert.StartsWith("没有发现新的整改任务", Text(await chat.PrivatelyConfirmedAsync(Office, $"整改 生成 {due}")), StringComparison.Ordinal);
        Assert.StartsWith("完成时限不能早于今天", Text(await chat.PrivatelyAsync(Office, $"整改 添加 李敏 {Iso(today.AddDays(-1))} 公车管理不规范｜建立公车使用登记制度")), StringComparison.Ordinal);
        Assert.Equal("已添加整改任务1项（第14至14项）。", Text(await chat.PrivatelyAsync(Office, $"整改 添加 李敏 {due} 公车管理不规范｜建立公车使用登记制度")));
        Assert.NotEmpty(await chat.ReceivedPrivatelyAsync(Members[1], t => t.StartsWith("您是整改任务第14项的责任人", StringComparison.Ordinal)));

        var repository = factory.Services.GetRequiredService<MeetingRepository>();
        var tasks = (await repository.GetDossierAsync(null, meeting.Id, CancellationToken.None))!.Rectification!.Tasks;
        var zhang = tasks.First(t => t.OwnerId == chat.Id(Members[0])).Number;
        // The timetable is in the scheduler: reminders before each due date, then chasing and escalation.
        var schedule = factory.Services.GetRequiredService<ReminderSchedule>();
        var triggers = await TriggerNamesAsync(schedule, meeting.Id);
        Assert.All(tasks, t => Assert.Contains(PlannedReminder.KeyOf(meeting.Id, ReminderKind.RectificationDue, t.Number, 3), triggers));
        Assert.All(tasks, t => Assert.Contains(PlannedReminder.KeyOf(meeting.Id, ReminderKind.RectificationEscalation, t.Number, 2), triggers));
        Assert.Equal("只有整改任务的责任人可以报告进展，请提醒张伟报告。", Text(await chat.PrivatelyAsync(Members[1], $"整改 进展 {zhang} 帮他推进")));
        Assert.Equal($"已记录第{zhang}项整改任务的进展。", Text(await chat.PrivatelyAsync(Members[0], $"整改 进展 {zhang} 已制定下基层计划")));
        Assert.Equal("标记完成时请附上完成的佐证。", Text(await chat.PrivatelyAsync(Members[0], $"整改 完成 {zhang}")));
        Assert.Equal($"第{zhang}项整改任务已报完成，等待会议组织者或主要负责同志验收。", Text(await chat.PrivatelyAsync(Members[0], $"整改 完成 {zhang} 镇党委〔2026〕5号文件")));
        Assert.NotEmpty(await chat.ReceivedPrivatelyAsync(Office, t => t.Contains($"报告第{zhang}项整改任务已完成", StringComparison.Ordinal)));
        Assert.StartsWith($"第{zhang}项整改任务已报完成，正等待验收", Text(await chat.PrivatelyAsync(Members[0], $"整改 进展 {zhang} 再补充")), StringComparison.Ordinal);
        // 验收: a member may not accept; the secretary does.
        Assert.StartsWith("只有会议组织者或主要负责同志可以更正、拆分、撤销或验收整改任务", Text(await chat.PrivatelyAsync(Members[1], $"整改 验收 {zhang}")), StringComparison.Ordinal);
        Assert.Equal($"第{zhang}项整改任务已验收，标记为完成。", Text(await chat.PrivatelyAsync(Office, $"整改 验收 {zhang}")));
        Assert.Equal($"第{zhang}项整改任务已完成。", Text(await chat.PrivatelyAsync(Members[0], $"整改 进展 {zhang} 再补充")));
        // A task done is reminded no more; the others still are.
        triggers = await TriggerNamesAsync(schedule, meeting.Id);
        Assert.DoesNotContain(triggers, k => k.Contains($"/task-{zhang}/", StringComparison.Ordinal));
        Assert.Contains(PlannedReminder.KeyOf(meeting.Id, ReminderKind.RectificationOverdue, tasks.First(t => t.Number != zhang).Number, 1), triggers);

        // 公示: before it the group sees only a count; only the secretary publishes; then the group sees the list.
        Assert.Equal("整改任务共14项，尚未公示；公示后在此显示。", Text(await chat.InTeamAsync(Members[0], "整改")));
        Assert.Equal("只有会议组织者（领导小组办公室）可以这样做。如需办理，请联系办公室。", Text(await chat.InTeamAsync(Members[0], "公示")));
        Assert.Equal("整改任务清单已公示（14项）。", Text(await chat.InTeamConfirmedAsync(Office, "公示")));
        var board = Text(await chat.InTeamAsync(Members[2], "整改"));
        Assert.Contains("共14项：已完成1，整改中0，逾期0", board, StringComparison.Ordinal);
        Assert.Contains("建立公车使用登记制度 —— 责任人：李敏", board, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, board, StringComparison.Ordinal);
        Assert.Contains("14 in all: 1 done", Text(await chat.InTeamAsync(Members[2], "rectification", "en")), StringComparison.Ordinal);

        var dossier = (await repository.GetDossierAsync(null, meeting.Id, CancellationToken.None))!;
        Assert.Equal(SubmissionState.Approved, dossier.Report!.State);
        Assert.Equal(2, dossier.Report.Versions.Count);
        Assert.Equal(4, dossier.Report.Deliveries.Count);
        Assert.Equal(19, dossier.Minutes!.Entries.Count);
        Assert.Equal(14, dossier.Rectification!.Published.Count);
        Assert.Equal(RectificationTaskState.Done, dossier.Rectification.Find(zhang)!.State);
        var audit = Text(await chat.PrivatelyAsync(Office, "审计"));
        Assert.Contains("公示整改任务", audit, StringComparison.Ordinal);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Text(IEnumerable<System.Text.Json.Nodes.JsonObject> replies) => string.Join('\n', SetupChat.Texts(replies));

    private static async Task<IReadOnlyList<string>> TriggerNamesAsync(ReminderSchedule schedule, string meetingId) =>
        [.. (await schedule.PlannedAsync(meetingId, CancellationToken.None)).Select(k => k.Name)];
}
