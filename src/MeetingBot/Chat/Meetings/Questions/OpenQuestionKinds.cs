namespace MeetingBot.Chat.Meetings.Questions;

/// <summary>The kinds of question a short answer can answer; stored in open questions and sent cards, so they never change.</summary>
public static class OpenQuestionKinds
{
    /// <summary>A talk record the other party recorded: 确认 / 有异议 理由.</summary>
    public const string TalkToConfirm = "talk-to-confirm";

    /// <summary>Whether the person attends the meeting: 参加 / 请假 理由.</summary>
    public const string Attendance = "attendance";

    /// <summary>An item of theirs returned for revision: 修改 / 好的我改.</summary>
    public const string Returned = "returned";
}
