namespace MeetingBot.Chat.Meetings.Questions;

/// <summary>
/// What <see cref="OpenQuestions.AnswerAsync"/> made of a message: not an answer (read it as usual), an answer that
/// stands for <see cref="Command"/> (read that instead), or an answer already replied to (it asked for a reason,
/// or which question was meant).
/// </summary>
public readonly record struct QuestionAnswer(string? Command, bool Replied)
{
    public static QuestionAnswer NotAnAnswer => default;

    public static QuestionAnswer Stands(string command) => new(command, false);

    public static QuestionAnswer RepliedAlready => new(null, true);
}
