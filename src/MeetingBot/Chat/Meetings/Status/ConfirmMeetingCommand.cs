using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Confirmations;
using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Readiness;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;
using MeetingBot.Chat.Meetings.Switching;

namespace MeetingBot.Chat.Meetings.Status;

/// <summary>
/// <c>确认会议</c> / <c>confirm meeting</c> through the readiness gate; <c>确认会议 强制 理由</c> /
/// <c>confirm meeting override reason</c> is the lead's recorded override. The domain decides who may do which;
/// an allowed confirmation is shown and confirmed first.
/// </summary>
public sealed class ConfirmMeetingCommand(MeetingResolver current, MeetingRepository repository, ConfirmationGate confirmations, TimeProvider time)
    : IConfirmedCommand
{
    private static readonly string[] OverrideWords = ["强制", "override"];

    /// <summary>Nothing, or the override word and the reason (<c>确认会议 强制：理由</c>).</summary>
    private static readonly ArgumentShape Grammar = ArgumentShape.Keywords(
        new LocalText("强制：准备已充分，个别材料会后补交", "override preparation is sufficient"),
        OverrideWords.ToDictionary(w => w, _ => ArgumentShape.Text(new LocalText("理由", "reason")).OrNothing())).OrNothing();

    public ChatCommand Command { get; } = new("confirm-meeting", ["确认会议"], ["confirm meeting"], StatusTexts.ConfirmCommand, Grammar);

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken) => confirmations.AskAsync(this, turn, cancellationToken);

    public async Task<ConfirmationRequest?> DescribeAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await current.FindWithDossierOrSayNoneAsync(turn, cancellationToken) is not { } found)
        {
            return null;
        }

        var dossier = await found.DossierAsync(cancellationToken);

        // The decision as it would be now, without saving: a refusal or the gaps are the answer straight away.
        var reason = OverrideReason(turn.Argument);
        var meeting = found.Meeting;
        var decided = new ConfirmMeeting(meeting.Version, reason).Decide(dossier, found.Template, found.Actor, time.GetUtcNow());
        if (!decided.IsSuccess)
        {
            await turn.Context.SendActivityAsync(Reply(decided, turn.Locale, NextStep(meeting, found.Actor.UserId, turn.Locale)), cancellationToken);
            return null;
        }

        var when = MeetingText.Local(meeting.LocalStart);
        return new ConfirmationRequest(decided.Value.Confirmation is { Overridden: true }
            ? WhatWillHappen.ConfirmMeetingByOverride.In(turn.Locale, MarkdownEscape.Text(meeting.Theme), when, MarkdownEscape.Text(meeting.Place), MarkdownEscape.Text(reason))
            : WhatWillHappen.ConfirmMeeting.In(turn.Locale, MarkdownEscape.Text(meeting.Theme), when, MarkdownEscape.Text(meeting.Place)));
    }

    public async Task ActAsync(CommandTurn turn, string? details, CancellationToken cancellationToken)
    {
        if (await current.FindWithDossierOrSayNoneAsync(turn, cancellationToken) is not { } found)
        {
            return;
        }

        var dossier = await found.DossierAsync(cancellationToken);

        var reason = OverrideReason(turn.Argument);
        var outcome = await repository.UpdateAsync<Meeting>(turn.UnitOfWork, DocumentId.Meeting(found.Meeting.Id), stored =>
        {
            // Decide on the meeting as stored now (a retry re-reads it), with the deliverables read for this turn.
            var meeting = stored ?? found.Meeting;
            return new ConfirmMeeting(meeting.Version, reason).Decide(dossier with { Meeting = meeting }, found.Template, found.Actor, time.GetUtcNow());
        }, cancellationToken);
        await turn.Context.SendActivityAsync(Reply(outcome, turn.Locale, NextStep(found.Meeting, found.Actor.UserId, turn.Locale)), cancellationToken);
    }

    /// <summary>
    /// What the person refused for gaps can do about them: the lead may override; the secretary reminds the people behind
    /// or asks the lead (by name) to override; anyone else is told who may.
    /// </summary>
    private static string NextStep(Meeting meeting, string userId, UserLocale locale)
    {
        var lead = MarkdownEscape.Text(meeting.Lead.Name);
        return meeting.Holds(userId, Role.Lead) ? StatusTexts.OverrideHint.In(locale)
            : meeting.Holds(userId, Role.Secretary) ? StatusTexts.SecretaryNextStep.In(locale, lead)
            : StatusTexts.OthersNextStep.In(locale, lead);
    }

    /// <summary>Null for a normal confirmation; the text after the override word (possibly empty) for an override.</summary>
    private static string? OverrideReason(string argument)
    {
        var words = argument.Split([' ', '\u3000'], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (words.Count == 0 || !OverrideWords.Contains(words[0], StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        return words.Count > 1 ? words[1] : string.Empty;
    }

    private static string Reply(Outcome<Meeting> outcome, UserLocale locale, string nextStep)
    {
        if (outcome.IsSuccess)
        {
            var confirmation = outcome.Value.Confirmation;
            return confirmation is { Overridden: true }
                ? StatusTexts.ConfirmedByOverride.In(locale, MarkdownEscape.Text(confirmation.OverrideReason))
                : StatusTexts.Confirmed.In(locale);
        }

        if (outcome.Failure is { Kind: FailureKind.NotReady, Readiness: { } report })
        {
            return GapsReply.For(report, locale) + "\n" + nextStep;
        }

        return FailureReply.For(outcome.Failure, locale);
    }
}
