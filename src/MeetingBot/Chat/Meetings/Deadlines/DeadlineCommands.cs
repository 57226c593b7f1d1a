using MeetingBot.Chat.Commands;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Deadlines;

/// <summary>The secretary's commands on single deadlines and on people who are late: 延期 (move one deadline) and 催办 (nudge).</summary>
public static class DeadlineCommands
{
    public static readonly ChatCommand MoveDeadline = new("deadline.move", ["延期"], ["move deadline"], DeadlineTexts.MoveCommand,
        ArgumentShape.Text(new LocalText("学习情况 12月12日 原因：下乡调研", "study check-in 2030-01-12 reason: field visit")));

    public static readonly ChatCommand Nudge = new("deadline.nudge", ["催办"], ["nudge"], DeadlineTexts.NudgeCommand,
        ArgumentShape.Name(new LocalText("@张伟 学习情况", "@Zhang Wei study check-in")));
}
