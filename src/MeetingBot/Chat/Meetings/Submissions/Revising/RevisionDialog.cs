using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Dialogs;
using MeetingBot.BotFramework.Dialogs.Prompts;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Chat.Meetings.Submissions.Forms;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Chat.Meetings.Switching;

namespace MeetingBot.Chat.Meetings.Submissions.Revising;

/// <summary>
/// Revising a returned item in its author's 1:1 chat: it opens with the last version and the reviewer's comment, each
/// message changes one point or part (read by the same form as a first hand-in, spliced in by the domain so nothing
/// else moves), and "提交" hands the result in as the next version. "保存草稿" keeps it for later; cancelling keeps
/// the changes as a draft, which the next 修改 opens again.
/// </summary>
public sealed class RevisionDialog(MeetingResolver lookup, SubmissionUpdates store, IEnumerable<ISubmissionForm> forms, RevisionView view) : Dialog(DialogId)
{
    public const string DialogId = "submissions.revision";
    private const string StateKey = "revision";

    private static readonly HashSet<string> SubmitWords = new(["提交", "重新提交", "确认提交", "submit", "resubmit"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> SaveWords = new(["保存草稿", "草稿", "保存", "save draft", "save"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> ShowWords = new(["查看", "看看", "显示", "show", "view"], StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<SubmissionKind, ISubmissionForm> _forms = forms.ToDictionary(f => f.Kind);

    public override string Version => DialogId + "/1";

    /// <summary>
    /// The starter has already shown the last version and the comment; a change typed with the command (修改 第二点 …)
    /// is applied at once, else the dialog waits for the first change.
    /// </summary>
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var start = options as RevisionStart ?? throw new ArgumentException("A revision starts with its state.", nameof(options));
        dc.ActiveDialog!.Set(StateKey, start.State);
        if (start.FirstEdit is not { } edit
            || await lookup.ParticipantAsync(dc.Context, start.State.Request.MeetingId, cancellationToken) is not ({ } found, _))
        {
            return DialogTurnResult.Waiting;
        }

        return await ApplyAsync(dc, found, start.State, UserLocales.From(dc.Context.Activity.Locale), [edit], cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        if (!turn.Activity.IsType(ActivityTypes.Message))
        {
            return DialogTurnResult.Waiting;
        }

        var state = Load(dc.ActiveDialog!);
        var locale = UserLocales.From(turn.Activity.Locale);
        if (await lookup.ParticipantOrRefuseAsync(turn, state.Request.MeetingId, cancellationToken) is not { } found)
        {
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        var raw = turn.Activity.Text ?? string.Empty;
        var text = InputText.Normalise(raw);
        if (SubmitWords.Contains(FlowAnswer.Word(text)))
        {
            return await SubmitAsync(dc, found, state, locale, cancellationToken);
        }

        if (SaveWords.Contains(text))
        {
            await SaveDraftAsync(turn, found, state, locale, cancelled: false, cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        if (ShowWords.Contains(text))
        {
            await turn.SendActivityAsync(await view.CurrentAsync(found, state, null, locale, cancellationToken), cancellationToken);
            return DialogTurnResult.Waiting;
        }

        if (RevisionCard.PartsOf(turn.Activity) is { Count: > 0 } parts)
        {
            var edits = RevisionCard.Edits(parts, state.Working, view.PartTexts(found, state.Working, locale));
            if (edits.Count == 0)
            {
                await turn.SendActivityAsync(RevisionTexts.NothingChanged.In(locale), cancellationToken);
                return DialogTurnResult.Waiting;
            }

            return await ApplyAsync(dc, found, state, locale, edits, cancellationToken);
        }

        if (PointEdit.Parse(raw) is not { } edit)
        {
            await turn.SendActivityAsync(RevisionTexts.NotUnderstood.In(locale), cancellationToken);
            return DialogTurnResult.Waiting;
        }

        return await ApplyAsync(dc, found, state, locale, [edit], cancellationToken);
    }

    /// <summary>Cancelling keeps the changes made so far as a draft, which the next 修改 opens again.</summary>
    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        var state = Load(instance);
        if (reason == DialogReason.CancelCalled && state.Changed
            && await lookup.ParticipantAsync(turnContext, state.Request.MeetingId, cancellationToken) is ({ } found, _))
        {
            await SaveDraftAsync(turnContext, found, state, UserLocales.From(turnContext.Activity.Locale), cancelled: true, cancellationToken);
        }
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        var state = Load(instance);
        if (await lookup.ParticipantAsync(turnContext, state.Request.MeetingId, cancellationToken) is ({ } found, _))
        {
            await turnContext.SendActivityAsync(await view.CurrentAsync(found, state, null, UserLocales.From(turnContext.Activity.Locale), cancellationToken), cancellationToken);
        }
    }

    private async Task<DialogTurnResult> ApplyAsync(
        DialogContext dc, MeetingInTurn found, RevisionState state, UserLocale locale, IReadOnlyList<PointEdit> edits, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var working = state.Working;
        var done = new List<string>();
        foreach (var edit in edits)
        {
            var parts = ContentEdits.Parts(working);
            if (edit.Part is null && parts.Count > 1)
            {
                await turn.SendActivityAsync(RevisionTexts.WhichPart.In(locale), cancellationToken);
                return DialogTurnResult.Waiting;
            }

            var part = edit.Part ?? 1;
            var outcome = edit.Action switch
            {
                PointEditAction.Remove => ContentEdits.Remove(working, part, edit.Point ?? 0),
                PointEditAction.Add => ContentEdits.Replace(working, part, (part >= 1 && part <= parts.Count ? parts[part - 1] ?? 0 : 0) + 1, Typed(found, state, part, edit.Text)),
                _ => ContentEdits.Replace(working, part, edit.Point, Typed(found, state, part, edit.Text)),
            };
            if (!outcome.IsSuccess)
            {
                await turn.SendActivityAsync(FailureReply.For(outcome.Failure, locale), cancellationToken);
                return DialogTurnResult.Waiting;
            }

            working = outcome.Value;
            done.Add(Done(edit, parts, part, locale));
        }

        var changed = state with { Working = working, Changed = true };
        dc.ActiveDialog!.Set(StateKey, changed);
        await turn.SendActivityAsync(await view.CurrentAsync(found, changed, string.Join(" ", done), locale, cancellationToken), cancellationToken);
        return DialogTurnResult.Waiting;
    }

    private async Task<DialogTurnResult> SubmitAsync(DialogContext dc, MeetingInTurn found, RevisionState state, UserLocale locale, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        if (!state.Changed)
        {
            await turn.SendActivityAsync(RevisionTexts.NothingChanged.In(locale), cancellationToken);
            return DialogTurnResult.Waiting;
        }

        var submitted = await store.SubmitAsync(turn, found, state.Request, state.Working, cancellationToken);
        await turn.SendActivityAsync(submitted.IsSuccess
            ? SubmissionTexts.Submitted.In(locale, submitted.Value.Latest!.Number)
            : FailureReply.For(submitted.Failure, locale), cancellationToken);
        // An incomplete content stays open to be fixed; anything else (approved meanwhile, a conflict) ends it.
        return !submitted.IsSuccess && submitted.Failure.Kind == FailureKind.Invalid
            ? DialogTurnResult.Waiting
            : await dc.EndDialogAsync(null, cancellationToken);
    }

    private async Task SaveDraftAsync(ITurnContext turn, MeetingInTurn found, RevisionState state, UserLocale locale, bool cancelled, CancellationToken cancellationToken)
    {
        var saved = await store.SaveDraftAsync(found, state.Request, state.Working, cancellationToken);
        var again = ReviseCommand.Argument(state.Request, locale);
        await turn.SendActivityAsync(saved.IsSuccess
            ? (cancelled ? RevisionTexts.CancelledKept : RevisionTexts.DraftKept).In(locale, again)
            : FailureReply.For(saved.Failure, locale), cancellationToken);
    }

    /// <summary>What the author typed for one part, read by the kind's own form as if it were that part's answer.</summary>
    private SubmissionContent Typed(MeetingInTurn found, RevisionState state, int part, string text)
    {
        var answers = Enumerable.Repeat(string.Empty, Math.Max(part - 1, 0)).Append(text).ToList();
        var deliverable = found.Template.FindDeliverable(state.Request.DeliverableId)!;
        return _forms[state.Request.Kind].Build(answers, found, deliverable, store.Today(found.Meeting));
    }

    private static string Done(PointEdit edit, IReadOnlyList<int?> parts, int part, UserLocale locale) => edit.Action switch
    {
        PointEditAction.Remove => RevisionTexts.Removed.In(locale, edit.Point ?? 0),
        PointEditAction.Add => RevisionTexts.Added.In(locale, (parts[part - 1] ?? 0) + 1),
        _ when edit.Point is { } point => RevisionTexts.Replaced.In(locale, point),
        _ => RevisionTexts.ReplacedPart.In(locale, part),
    };

    private static RevisionState Load(DialogInstance instance) =>
        instance.Get<RevisionState>(StateKey) ?? throw new InvalidOperationException("The revision lost its state.");
}
