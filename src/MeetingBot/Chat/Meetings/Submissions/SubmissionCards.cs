using System.Text.Json;
using MeetingBot.BotFramework.Cards;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Submissions;

/// <summary>
/// The input field and buttons under each question and read-back of the text path, as Adaptive Cards, for the
/// channels that render cards (the text message above holds the words, so a phone shows them once). A card's answer
/// arrives as <c>value.answer</c>; its buttons post the words the text path understands
/// (<c>{ "command": "提交" }</c>), so both paths run the same flow.
/// </summary>
public static class SubmissionCards
{
    public const string AnswerField = "answer";

    public static readonly LocalText AnswerLabel = new("您的回答", "Your answer");
    public static readonly LocalText Send = new("确定", "OK");
    public static readonly LocalText SaveDraft = new("保存草稿", "save draft");
    public static readonly LocalText SubmitButton = new("提交", "submit");
    public static readonly LocalText EditButton = new("修改", "edit");

    public static Activity Question(string question, UserLocale locale)
    {
        // The question is the text message just above: on a phone the card repeating it doubled every step.
        var card = new AdaptiveCard(question)
            .InputText(AnswerField, AnswerLabel.In(locale), multiline: true)
            .Submit(Send.In(locale), new { submission = "answer" })
            .Submit(SaveDraft.In(locale), new { command = SaveDraft.In(locale) });
        return new Activity { Type = ActivityTypes.Message, Attachments = [card.ToAttachment()] };
    }

    public static Activity Review(string summary, UserLocale locale)
    {
        // The read-back and its last line are the text message just above; the card only holds the buttons.
        var card = new AdaptiveCard(summary)
            .Submit(SubmitButton.In(locale), new { command = SubmitButton.In(locale) })
            .Submit(EditButton.In(locale), new { command = EditButton.In(locale) })
            .Submit(SaveDraft.In(locale), new { command = SaveDraft.In(locale) });
        return new Activity { Type = ActivityTypes.Message, Attachments = [card.ToAttachment()] };
    }

    /// <summary>The text typed into a question card, when the message came from one.</summary>
    public static string? AnswerOf(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(AnswerField, out var answer) && answer.ValueKind == JsonValueKind.String
            ? answer.GetString()
            : null;
}
