using MeetingBot.BotFramework.Cards;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Questions;

/// <summary>
/// The answers a question takes, on the message that asks it: always a line naming the short answers to type (the
/// command line to copy on any channel), and on channels that render Adaptive Cards buttons for them, with a field
/// for the reason where an answer needs one. A button posts <c>{ "command": "确认", "question": id, "reason": … }</c>:
/// the same short answer as typed, plus which question it answers, so a button pressed on an older message answers
/// that question and not whichever is open now.
/// </summary>
public static class OpenQuestionCard
{
    /// <summary>The field of a button's data naming the question it answers; stored in sent cards, so it never changes.</summary>
    public const string QuestionField = "question";

    /// <summary>The field of the card's reason input, merged into the data a button posts.</summary>
    public const string ReasonField = "reason";

    /// <summary>The field the chat front reads as typed text when a card button is pressed.</summary>
    public const string CommandField = "command";

    /// <summary>The message that asks, with the answers added: <paramref name="text"/> and the line of short answers, plus buttons.</summary>
    public static Activity Ask(string text, OpenQuestion question, UserLocale locale, string channelId)
    {
        var hint = HintFor(question.Kind).In(locale);
        var message = Activity.CreateMessage(text + "\n\n" + hint);
        if (!ChannelCapabilities.RendersAdaptiveCards(channelId))
        {
            return message;
        }

        var card = new AdaptiveCard(hint).Text(hint);
        var answers = Buttons(question.Kind);
        if (answers.Any(a => a.NeedsReason))
        {
            card.InputText(ReasonField, label: OpenQuestionTexts.ReasonLabel.In(locale));
        }

        foreach (var (button, _) in answers)
        {
            card.Submit(button.In(locale), new Dictionary<string, string>
            {
                [CommandField] = button.ZhCn, [QuestionField] = question.Id,
            });
        }

        message.Attachments = [card.ToAttachment()];
        return message;
    }

    private static LocalText HintFor(string kind) => kind switch
    {
        OpenQuestionKinds.TalkToConfirm => OpenQuestionTexts.TalkAnswers,
        OpenQuestionKinds.Attendance => OpenQuestionTexts.AttendanceAnswers,
        _ => OpenQuestionTexts.ReturnedAnswers,
    };

    // The button posts its Chinese caption: that is a short answer in either language.
    private static (LocalText Button, bool NeedsReason)[] Buttons(string kind) => kind switch
    {
        OpenQuestionKinds.TalkToConfirm => [(OpenQuestionTexts.ConfirmButton, false), (OpenQuestionTexts.DisputeButton, true)],
        OpenQuestionKinds.Attendance => [(OpenQuestionTexts.AttendButton, false), (OpenQuestionTexts.AbsentButton, true)],
        _ => [(OpenQuestionTexts.ReviseButton, false)],
    };
}
