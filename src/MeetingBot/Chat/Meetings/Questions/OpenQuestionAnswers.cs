namespace MeetingBot.Chat.Meetings.Questions;

/// <summary>
/// Which short answers fit which question, and the full command each stands for. A short answer never acts by
/// itself: it becomes the command the person could have typed (确认谈话 @王芳, 提交 出席 请假 理由, 修改 提纲7), which
/// then runs through the one grammar and the domain's checks as if typed, so it can do nothing the person may not.
/// </summary>
public static class OpenQuestionAnswers
{
    /// <summary>The revising command (owned by the revise flow), called by its text.</summary>
    public const string ReviseCommand = "修改";

    public static bool Fits(OpenQuestion question, ShortAnswerKind answer) => (question.Kind, answer) switch
    {
        (OpenQuestionKinds.TalkToConfirm, ShortAnswerKind.Confirm or ShortAnswerKind.Dispute) => true,
        (OpenQuestionKinds.Attendance, ShortAnswerKind.Attend or ShortAnswerKind.Absent) => true,
        (OpenQuestionKinds.Returned, ShortAnswerKind.Revise) => true,
        _ => false,
    };

    /// <summary>The command the answer stands for; null when it needs a reason it was not given.</summary>
    public static string? CommandFor(OpenQuestion question, ShortAnswer answer) => (question.Kind, answer.Kind) switch
    {
        (OpenQuestionKinds.TalkToConfirm, ShortAnswerKind.Confirm) => $"确认谈话 @{question.SubjectName}",
        (OpenQuestionKinds.TalkToConfirm, ShortAnswerKind.Dispute) => answer.Reason.Length == 0 ? null : $"异议 @{question.SubjectName} {answer.Reason}",
        (OpenQuestionKinds.Attendance, ShortAnswerKind.Attend) => "提交 出席 参加",
        (OpenQuestionKinds.Attendance, ShortAnswerKind.Absent) => answer.Reason.Length == 0 ? null : $"提交 出席 请假 {answer.Reason}",
        (OpenQuestionKinds.Returned, ShortAnswerKind.Revise) => $"{ReviseCommand} {question.SubjectName}".TrimEnd(),
        _ => null,
    };

    /// <summary>The command lines that answer the question, for someone who has to say which question he answers.</summary>
    public static string Example(OpenQuestion question) => question.Kind switch
    {
        OpenQuestionKinds.TalkToConfirm => $"确认谈话 @{question.SubjectName}",
        OpenQuestionKinds.Attendance => "提交 出席 参加",
        _ => $"{ReviseCommand} {question.SubjectName}".TrimEnd(),
    };
}
