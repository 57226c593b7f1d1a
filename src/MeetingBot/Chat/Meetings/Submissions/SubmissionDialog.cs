using System.Text;
using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Dialogs;
using MeetingBot.BotFramework.Dialogs.Prompts;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Chat.Meetings.Submissions.Forms;
using MeetingBot.Chat.Phrasing;
using MeetingBot.Coordination.CriticismOutlines;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Localization;
using MeetingBot.Meetings.Storage;
using MeetingBot.Meetings;
using MeetingBot.Chat.Meetings.Switching;

namespace MeetingBot.Chat.Meetings.Submissions;

/// <summary>
/// One submission, in the author's 1:1 chat: asks the kind's questions in turn (pasted lists are split by the
/// domain), reads the whole back (with the outline pre-review's flags), then submits, starts over, or saves a
/// draft. "save draft" works at any step, and cancelling keeps what was entered as a draft.
/// </summary>
public sealed class SubmissionDialog(
    MeetingResolver lookup, SubmissionUpdates store, IEnumerable<ISubmissionForm> forms, MaterialUpload upload, TalkSubmission talks) : Dialog(DialogId)
{
    public const string DialogId = "submissions.flow";
    private const string StateKey = "flow";

    private static readonly HashSet<string> SaveWords = new(["保存草稿", "草稿", "save draft", "save"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> SubmitWords = new(["提交", "submit", "确认提交"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> EditWords = new(["修改", "重新填写", "edit", "revise"], StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<SubmissionKind, ISubmissionForm> _forms = forms.ToDictionary(f => f.Kind);

    public override string Version => DialogId + "/1";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var state = options as SubmissionFlowState ?? throw new ArgumentException("A submission flow starts with its state.", nameof(options));
        Save(dc, state);
        return await AskAsync(dc, state, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var activity = dc.Context.Activity;
        if (!activity.IsType(ActivityTypes.Message))
        {
            return DialogTurnResult.Waiting;
        }

        var state = Load(dc.ActiveDialog!);
        var locale = UserLocales.From(activity.Locale);
        if (await lookup.ParticipantOrRefuseAsync(dc.Context, state.Request.MeetingId, cancellationToken) is not { } found)
        {
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        var text = InputText.Normalise(activity.Text);
        if (SaveWords.Contains(text))
        {
            await SaveDraftAsync(dc.Context, found, state, cancellationToken);
            if (state.Request.Kind == SubmissionKind.Talk)
            {
                // Nothing was saved: the talk flow goes on where it was.
                await SendStepAsync(dc.Context, found, state, cancellationToken);
                return DialogTurnResult.Waiting;
            }

            return await dc.EndDialogAsync(null, cancellationToken);
        }

        var questions = Questions(found, state, locale);
        if (state.Step < questions.Count)
        {
            var answer = string.IsNullOrWhiteSpace(activity.Text) ? SubmissionCards.AnswerOf(activity) : activity.Text;
            return await AnswerAsync(dc, found, state, questions, answer?.Trim() ?? string.Empty, cancellationToken);
        }

        if (SubmitWords.Contains(FlowAnswer.Word(text)))
        {
            if (state.Request.Kind != SubmissionKind.Talk
                && _forms[state.Request.Kind].Missing(state.Content ?? Build(found, state), found.Template, locale) is { } missing)
            {
                // Ask for what is missing rather than have the domain refuse the whole list.
                await dc.Context.SendActivityAsync(missing, cancellationToken);
                return DialogTurnResult.Waiting;
            }

            return await SubmitAsync(dc, found, state, cancellationToken);
        }

        if (EditWords.Contains(FlowAnswer.Word(text)))
        {
            var restarted = state with { Step = 0, Answers = [], Content = null };
            Save(dc, restarted);
            return await AskAsync(dc, restarted, cancellationToken);
        }

        if (state.Request.Kind != SubmissionKind.Talk && !string.IsNullOrWhiteSpace(activity.Text)
            && _forms[state.Request.Kind].Amend(state.Content ?? Build(found, state), activity.Text, found.Template) is { } amended)
        {
            // An unlabelled line fills the first gap it fits, so a request typed here (好的，我要交学习心得) would become
            // an item's typical case: ask instead; the author labels a value that only looks like a request (1 事例：…).
            if (Phrasebook.RequestIn(activity.Text) is { } request)
            {
                await dc.Context.SendActivityAsync(SubmissionTexts.RequestDuringReview.In(locale, request), cancellationToken);
                return DialogTurnResult.Waiting;
            }

            var completed = state with { Content = amended };
            Save(dc, completed);
            await SendStepAsync(dc.Context, found, completed, cancellationToken);
            return DialogTurnResult.Waiting;
        }

        await dc.Context.SendActivityAsync(SubmissionTexts.Review.In(locale), cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        var state = Load(instance);
        if (await lookup.ParticipantAsync(turnContext, state.Request.MeetingId, cancellationToken) is ({ } found, _))
        {
            await SendStepAsync(turnContext, found, state, cancellationToken);
        }
    }

    /// <summary>"back" asks the previous question again (from the read-back, the last one); the answers are kept until re-given.</summary>
    public override async Task<DialogTurnResult?> StepBackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var state = Load(dc.ActiveDialog!);
        var (found, _) = await lookup.ParticipantAsync(dc.Context, state.Request.MeetingId, cancellationToken);
        if (found is null || state.Step == 0 || state.Answers.Count == 0)
        {
            return null;
        }

        var count = Questions(found, state, UserLocales.From(dc.Context.Activity.Locale)).Count;
        var previous = state with { Step = Math.Min(state.Step, count) - 1, Content = null };
        Save(dc, previous);
        return await AskAsync(dc, previous, cancellationToken);
    }

    /// <summary>Cancelling keeps what was entered, as a draft (talk records have no drafts).</summary>
    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        var state = Load(instance);
        if (reason == DialogReason.CancelCalled && state.Request.Kind != SubmissionKind.Talk && (state.Answers.Count > 0 || state.Content is not null)
            && await lookup.ParticipantAsync(turnContext, state.Request.MeetingId, cancellationToken) is ({ } found, _))
        {
            await SaveDraftAsync(turnContext, found, state, cancellationToken, cancelled: true);
        }
    }

    private async Task<DialogTurnResult> AnswerAsync(
        DialogContext dc, MeetingInTurn found, SubmissionFlowState state, IReadOnlyList<string> questions, string answer, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var locale = UserLocales.From(turn.Activity.Locale);
        if (state.Request.Kind == SubmissionKind.Problems && state.Step == 0)
        {
            var (read, refused) = await upload.ReadTextAsync(turn.Activity, DocumentKeys.Of(SubmissionUpdates.IdOf(found, state.Request)), locale, cancellationToken);
            if (refused is not null)
            {
                await turn.SendActivityAsync(refused, cancellationToken);
                return DialogTurnResult.Waiting;
            }

            answer = read ?? answer;
        }

        if (state.Request.Kind == SubmissionKind.Material && state.Step == 0)
        {
            var (document, refusal) = await upload.ReadAsync(turn.Activity, DocumentKeys.Of(SubmissionUpdates.IdOf(found, state.Request)), locale, cancellationToken);
            if (refusal is not null)
            {
                await turn.SendActivityAsync(refusal, cancellationToken);
                return DialogTurnResult.Waiting;
            }

            if (document is not null)
            {
                var uploaded = state with { Step = questions.Count, Content = document };
                Save(dc, uploaded);
                await SendStepAsync(turn, found, uploaded, cancellationToken);
                return DialogTurnResult.Waiting;
            }
        }

        if (answer.Length == 0)
        {
            await turn.SendActivityAsync(SubmissionTexts.EmptyAnswer.In(locale), cancellationToken);
            return DialogTurnResult.Waiting;
        }

        if (state.Request.Kind == SubmissionKind.Talk && state.Step == 0 && TalkForm.ParseDate(answer, store.Today(found.Meeting)) is null)
        {
            await turn.SendActivityAsync(SubmissionTexts.TalkDateInvalid.In(locale), cancellationToken);
            return DialogTurnResult.Waiting;
        }

        if (state.Request.Kind != SubmissionKind.Talk && _forms[state.Request.Kind].Invalid(state.Step, answer, store.Today(found.Meeting)) is { } invalid)
        {
            await turn.SendActivityAsync(invalid.In(locale), cancellationToken);
            return DialogTurnResult.Waiting;
        }

        var answers = state.Answers.Take(state.Step).Append(answer).ToList();
        var next = state with { Step = state.Step + 1, Answers = answers, Content = null };
        if (next.Step >= questions.Count && next.Request.Kind != SubmissionKind.Talk)
        {
            next = next with { Content = Build(found, next) };
        }

        Save(dc, next);
        return await AskAsync(dc, next, cancellationToken);
    }

    private async Task<DialogTurnResult> SubmitAsync(DialogContext dc, MeetingInTurn found, SubmissionFlowState state, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var locale = UserLocales.From(turn.Activity.Locale);
        if (state.Request.Kind == SubmissionKind.Talk)
        {
            await talks.RecordAsync(turn, found, state, cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        var submitted = await store.SubmitAsync(turn, found, state.Request, state.Content ?? Build(found, state), cancellationToken);
        await turn.SendActivityAsync(submitted.IsSuccess
            ? SubmissionTexts.Submitted.In(locale, submitted.Value.Latest!.Number)
            : FailureReply.For(submitted.Failure, locale), cancellationToken);
        if (!submitted.IsSuccess && submitted.Failure.Kind == Coordination.Outcomes.FailureKind.Invalid)
        {
            // An incomplete content: let the author fix it rather than lose the flow.
            await turn.SendActivityAsync(SubmissionTexts.Review.In(locale), cancellationToken);
            return DialogTurnResult.Waiting;
        }

        return await dc.EndDialogAsync(null, cancellationToken);
    }

    /// <param name="cancelled">The form is being cancelled: the one reply says both that and where the draft is.</param>
    private async Task SaveDraftAsync(ITurnContext turn, MeetingInTurn found, SubmissionFlowState state, CancellationToken cancellationToken, bool cancelled = false)
    {
        var locale = UserLocales.From(turn.Activity.Locale);
        if (state.Request.Kind == SubmissionKind.Talk)
        {
            await turn.SendActivityAsync(SubmissionTexts.TalkNoDrafts.In(locale), cancellationToken);
            return;
        }

        if (state.Answers.Count == 0 && state.Content is null)
        {
            await turn.SendActivityAsync(SubmissionTexts.NothingToSave.In(locale), cancellationToken);
            return;
        }

        var saved = await store.SaveDraftAsync(found, state.Request, state.Content ?? Build(found, state), cancellationToken);
        await turn.SendActivityAsync(saved.IsSuccess
            ? (cancelled ? SubmissionTexts.CancelledDraftSaved : SubmissionTexts.DraftSaved).In(locale, ResumeArgument(state.Request, locale))
            : FailureReply.For(saved.Failure, locale), cancellationToken);
    }

    private async Task<DialogTurnResult> AskAsync(DialogContext dc, SubmissionFlowState state, CancellationToken cancellationToken)
    {
        if (await lookup.ParticipantOrRefuseAsync(dc.Context, state.Request.MeetingId, cancellationToken) is not { } found)
        {
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        await SendStepAsync(dc.Context, found, state, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    /// <summary>The current question, or past the last one the read-back with flags and the choices.</summary>
    private async Task SendStepAsync(ITurnContext turn, MeetingInTurn found, SubmissionFlowState state, CancellationToken cancellationToken)
    {
        var locale = UserLocales.From(turn.Activity.Locale);
        var questions = Questions(found, state, locale);
        if (state.Step < questions.Count)
        {
            var controls = state.Step == 0 ? "\n" + SubmissionTexts.Controls.In(locale) : string.Empty;
            await turn.SendActivityAsync(questions[state.Step] + controls, cancellationToken);
            if (ChannelCapabilities.RendersAdaptiveCards(turn.Activity.ChannelId))
            {
                await turn.SendActivityAsync(SubmissionCards.Question(questions[state.Step], locale), cancellationToken);
            }

            return;
        }

        var text = new StringBuilder();
        if (state.Request.Kind == SubmissionKind.Talk)
        {
            text.AppendLine(TalkForm.Summary(TalkForm.Build(state.Answers, store.Today(found.Meeting)), locale));
        }
        else
        {
            var content = state.Content ?? Build(found, state);
            text.AppendLine(_forms[state.Request.Kind].Summary(content, found.Template, locale));
            if (state.Request.Kind == SubmissionKind.Problems
                && FiledOpinionsText.For((await store.GetAsync(found, state.Request, cancellationToken))?.Opinions ?? [], found.Template, locale) is { } filed)
            {
                text.AppendLine().AppendLine(filed);
            }

            var deliverable = Deliverable(found, state);
            if (PreReview.Applies(content, deliverable))
            {
                // A material answers the author's problem list (群众提、上级点), so it is read for the check.
                var problemList = content is ExaminationMaterial
                    ? await store.ProblemListOfAsync(found, found.Actor.UserId, cancellationToken)
                    : null;
                var opinions = content is ExaminationMaterial
                    ? await store.AssignedOpinionsAsync(found, found.Actor.UserId, cancellationToken)
                    : null;
                text.AppendLine().AppendLine(PreReviewFlagsText.For(PreReview.Of(content, deliverable, found.Template, problemList, opinions), locale));
            }
        }

        text.AppendLine().Append(SubmissionTexts.Review.In(locale));
        await turn.SendActivityAsync(text.ToString(), cancellationToken);
        if (ChannelCapabilities.RendersAdaptiveCards(turn.Activity.ChannelId))
        {
            await turn.SendActivityAsync(SubmissionCards.Review(SubmissionTexts.Review.In(locale), locale), cancellationToken);
        }
    }

    private IReadOnlyList<string> Questions(MeetingInTurn found, SubmissionFlowState state, UserLocale locale) =>
        state.Request.Kind == SubmissionKind.Talk
            ? TalkForm.Questions(state.Request.TargetName ?? string.Empty, locale)
            : _forms[state.Request.Kind].Questions(found.Template, state.Request.TargetName, locale);

    private SubmissionContent Build(MeetingInTurn found, SubmissionFlowState state) =>
        _forms[state.Request.Kind].Build(state.Answers, found, Deliverable(found, state)!, store.Today(found.Meeting));

    private static Coordination.Templates.DeliverableDefinition? Deliverable(MeetingInTurn found, SubmissionFlowState state) =>
        found.Template.FindDeliverable(state.Request.DeliverableId);

    public static string ResumeArgument(SubmissionRequest request, UserLocale locale) =>
        SubmissionKinds.Word(request.Kind, locale) + (request.TargetName is null ? string.Empty : " @" + request.TargetName);

    private static SubmissionFlowState Load(DialogInstance instance) =>
        instance.Get<SubmissionFlowState>(StateKey) ?? throw new InvalidOperationException("The submission flow lost its state.");

    private static void Save(DialogContext dc, SubmissionFlowState state) => dc.ActiveDialog!.Set(StateKey, state);
}
