using MeetingBot.Coordination.Rectification;
using MeetingBot.Coordination.Reminders;
using static MeetingBot.Demo.DemoTeam;
using static MeetingBot.Demo.PreparationScenes;

namespace MeetingBot.Demo;

/// <summary>
/// The meeting day and after, played through chat: run sheet and minutes, the meeting marked held, the special report
/// reviewed by the supervisor, submitted upward and saved as Word and Markdown, rectification tasks with an owner's
/// progress, their publication, a due-date reminder pushed on time, and the ledger workbook.
/// </summary>
public sealed class ClosingScenes(DemoStage stage)
{
    private DemoChat Chat => stage.Chat;

    public async Task HoldMeetingAsync()
    {
        stage.JumpTo((await stage.DossierAsync()).Meeting.StartsAt.AddMinutes(30));
        await Chat.InTeamAsync(Office, "议程").Expect($"{Lead}代表班子作对照检查");
        await Chat.PrivatelyAsync(Office, $"记录发言 {Lead} 班子对照检查 班子在转变作风上存在差距").Expect("已记入会议记录");
        for (var i = 0; i < Speakers.Count; i++)
        {
            var speaker = Speakers[i];
            var critic = Speakers[(i + 1) % Speakers.Count];
            await Chat.PrivatelyAsync(Office, $"记录发言 {speaker} 自我批评 深入基层不够").Expect("已记入会议记录");
            await Chat.PrivatelyAsync(Office, $"记录发言 {speaker} 批评 {critic} 希望{speaker}多听群众意见").Expect("已记入会议记录");
            await Chat.PrivatelyAsync(Office, $"记录发言 {speaker} 表态 诚恳接受").Expect("已记入会议记录");
        }

        await Chat.InTeamConfirmedAsync(Office, "会议已召开").Expect("会议已标记为召开");
    }

    public async Task ReportAsync()
    {
        await Chat.PrivatelyAsync(Office, "专题报告").Expect("一、会前准备情况");
        await Chat.PrivatelyAsync(Office, "专题报告 送审").Expect("请先召开通报会");
        await Chat.PrivatelyAsync(Office, $"记录通报会 {Iso(stage.Today)} 范围：镇全体干部 内容：会前准备、批评与自我批评、整改措施情况").Expect("已记录");
        await Chat.PrivatelyAsync(Office, "专题报告 送审").Expect("已送督导组审阅");
        await Chat.PrivatelyAsync(Supervisor, "审阅报告 通过 同意上报").Expect("已审定");
        await Chat.PrivatelyConfirmedAsync(Office, "报送 上级教育实践活动领导小组办公室").Expect("已记录");
        await Chat.PrivatelyConfirmedAsync(Office, "报送 上级纪委").Expect("已记录");
        await Chat.PrivatelyConfirmedAsync(Office, "报告已报送 组织部").Expect("已报送全部对象");
        await Chat.PrivatelyConfirmedAsync(Office, $"报送 通报 镇政务公开栏 {Iso(stage.Today)}").Expect("已记录");
        await stage.SaveFilesAsync(await Chat.PrivatelyAsync(Office, "专题报告"), ".docx", ".md");
    }

    public async Task RectifyAsync()
    {
        await Chat.PrivatelyConfirmedAsync(Office, $"整改 生成 {Iso(stage.Today.AddMonths(1))}").Expect("已添加整改任务");
        var tasks = (await stage.DossierAsync()).Rectification?.Tasks ?? [];
        var done = tasks.FirstOrDefault(t => t.OwnerId == Id(Members[0])) ?? throw new DemoStepFailedException($"{Members[0]}没有整改任务。");
        await Chat.PrivatelyAsync(Members[0], $"整改 进展 {done.Number} 已制定下基层计划").Expect("已记录");
        await Chat.PrivatelyAsync(Members[0], $"整改 完成 {done.Number} 镇党委〔2026〕5号文件").Expect("等待会议组织者或主要负责同志验收");
        await Chat.PrivatelyAsync(Office, $"整改 验收 {done.Number}").Expect("已验收");
        await Chat.InTeamConfirmedAsync(Office, "公示").Expect("已公示");
        await Chat.InTeamAsync(Members[1], "整改").Expect("已完成1");

        // The timetable's reminders: the scheduler pushes the owner of an open task three days before it is due.
        var open = tasks.First(t => t.Number != done.Number && t.State != RectificationTaskState.Done);
        var owner = Everyone.First(n => Id(n) == open.OwnerId);
        await stage.AwaitReminderAsync(r => r.Kind == ReminderKind.RectificationDue && r.TaskNumber == open.Number, owner, "整改提醒");
        await stage.SaveFilesAsync(await Chat.PrivatelyAsync(Office, "台账"), ".xlsx");
    }
}
