using System.Text.Json;
using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Proactive;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.State;
using MeetingBot.Chat.Confirmations;
using MeetingBot.Chat.Meetings.Switching;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Questions;

/// <summary>
/// Answers in context. A question the bot asks someone (a talk record to confirm, attend or not, a returned item to
/// revise) is opened for that person when it is sent; a short answer in their 1:1 chat then answers that question:
/// it is turned into the full command it stands for, about the question's meeting and subject, and the chat front
/// reads that command instead. Order of precedence: a pending confirmation first (确认 / 同意 then answer it, not
/// the question), an open question next, else the message is read as usual (and, not understood, gets help).
/// </summary>
public sealed class OpenQuestions(OpenQuestionStore store, ConfirmationStore confirmations, TimeProvider time)
{
    /// <summary>
    /// Opens the question for the person it is sent to. Inside a turn it is opened once the turn is saved, with the
    /// notice that asks it, so a failed or replayed turn leaves no question behind.
    /// </summary>
    public Task AskAsync(ITurnContext turnContext, string channelId, string userId, OpenQuestion question, CancellationToken cancellationToken) =>
        TurnUnitOfWork.AfterCommitOrNowAsync(turnContext, ct => AskNowAsync(channelId, userId, question, ct), cancellationToken);

    /// <summary>From background work (a scheduled reminder that asks): no turn to wait for, so it is opened at once.</summary>
    public Task AskNowAsync(string channelId, string userId, OpenQuestion question, CancellationToken cancellationToken) =>
        store.PutAsync(channelId, userId, question, time.GetUtcNow(), cancellationToken);

    /// <summary>What the message is as an answer to a question open for its sender (see <see cref="QuestionAnswer"/>).</summary>
    public async Task<QuestionAnswer> AnswerAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (!PersonalConversations.IsPersonal(activity.Conversation) || activity.ChannelId is not { } channelId || activity.From?.Id is not { } userId)
        {
            // In a group a short word may be said to anyone; and questions are only ever asked 1:1.
            return QuestionAnswer.NotAnAnswer;
        }

        var pressed = StringProperty(activity.Value, OpenQuestionCard.QuestionField);
        var reason = pressed is null ? null : StringProperty(activity.Value, OpenQuestionCard.ReasonField);
        if (ShortAnswer.Read(string.IsNullOrWhiteSpace(reason) ? text : text + " " + reason.Trim()) is not { } answer)
        {
            return QuestionAnswer.NotAnAnswer;
        }

        var now = time.GetUtcNow();
        if (pressed is null && answer.Kind == ShortAnswerKind.Confirm && await ConfirmationPendingAsync(activity, cancellationToken))
        {
            // 确认 typed while an irreversible action waits for confirmation answers that action (the gate), even one
            // that has lapsed: the gate says so, and the next 确认 answers the question.
            return QuestionAnswer.NotAnAnswer;
        }

        var locale = UserLocales.From(activity.Locale);
        var open = await store.OpenAsync(channelId, userId, now, cancellationToken);
        var fitting = open.Where(q => (pressed is null || q.Id == pressed) && OpenQuestionAnswers.Fits(q, answer.Kind)).ToList();
        if (fitting.Count == 0)
        {
            if (pressed is null)
            {
                return QuestionAnswer.NotAnAnswer;
            }

            await turnContext.SendActivityAsync(OpenQuestionTexts.NoLongerOpen.In(locale), cancellationToken);
            return QuestionAnswer.RepliedAlready;
        }

        if (fitting.Count > 1)
        {
            var which = string.Join(locale == UserLocale.En ? "; " : "；", fitting.Select(q => $"“{MarkdownEscape.Text(OpenQuestionAnswers.Example(q))}”"));
            await turnContext.SendActivityAsync(OpenQuestionTexts.WhichQuestion.In(locale, which), cancellationToken);
            return QuestionAnswer.RepliedAlready;
        }

        var question = fitting[0];
        if (OpenQuestionAnswers.CommandFor(question, answer) is not { } command)
        {
            var needed = answer.Kind == ShortAnswerKind.Dispute ? OpenQuestionTexts.DisputeReasonNeeded : OpenQuestionTexts.AbsenceReasonNeeded;
            await turnContext.SendActivityAsync(needed.In(locale), cancellationToken);
            return QuestionAnswer.RepliedAlready;
        }

        Focus(turnContext, question);
        // Closed with the turn's commit: a replayed turn finds it still open and answers it again the same way.
        await TurnUnitOfWork.AfterCommitOrNowAsync(turnContext,
            ct => store.CloseAsync(channelId, userId, question.Id, time.GetUtcNow(), ct), cancellationToken);

        return QuestionAnswer.Stands(command);
    }

    /// <summary>The command acts on the question's meeting and, for a talk, on the partner by id (two 王伟 are two people).</summary>
    private static void Focus(ITurnContext turnContext, OpenQuestion question)
    {
        MeetingResolver.Pin(turnContext, question.MeetingId);
        if (question.Kind == OpenQuestionKinds.TalkToConfirm)
        {
            var activity = turnContext.Activity;
            activity.Entities = [.. activity.Entities ?? [], Entity.FromMention(new Mention(new ChannelAccount(question.Subject, question.SubjectName), "@" + question.SubjectName))];
        }
    }

    private async Task<bool> ConfirmationPendingAsync(Activity activity, CancellationToken cancellationToken) =>
        ConfirmationStore.KeyFor(activity) is { } key && await confirmations.ReadAsync(key, cancellationToken) is not null;

    private static string? StringProperty(JsonElement? value, string name) =>
        value is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String
            ? property.GetString()
            : null;
}
