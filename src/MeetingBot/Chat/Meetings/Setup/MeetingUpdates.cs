using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.State;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Events;
using MeetingBot.Meetings.Storage;
using MeetingBot.People;
using MeetingBot.Chat.Meetings.Switching;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// The common path of the secretary's commands: find the current meeting, let the domain say whether this person
/// may act (its refusal is the reply), then decide and save with the ETag, re-deciding on a lost race.
/// </summary>
public sealed class MeetingUpdates(
    MeetingResolver current,
    MeetingRepository repository,
    MeetingEvents events,
    PeopleDirectoryStore people,
    TimeProvider time)
{
    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>The current meeting for this turn, or null after replying why there is none or why this person may not act.</summary>
    public async Task<MeetingInTurn?> ScopeAsync(ITurnContext turnContext, UserLocale locale, bool secretaryOnly, CancellationToken cancellationToken)
    {
        if (await current.FindAsync(turnContext, cancellationToken) is not { } found)
        {
            // A meeting whose template was withdrawn is not found either: say which it is.
            var missing = await current.CurrentIdAsync(turnContext, cancellationToken) is { } id
                && await repository.GetMeetingAsync(TurnUnitOfWork.Of(turnContext), id, cancellationToken) is not null;
            await turnContext.SendActivityAsync((missing ? SetupTexts.TemplateMissing : SetupTexts.NoMeeting).In(locale), cancellationToken);
            return null;
        }

        var refusal = secretaryOnly ? Access.AsSecretary(found.Meeting, found.Actor) : Access.AsParticipant(found.Meeting, found.Actor);
        if (refusal is not null)
        {
            await turnContext.SendActivityAsync(FailureReply.For(refusal, locale), cancellationToken);
            return null;
        }

        return found;
    }

    /// <summary>Decides on the stored meeting (re-read on every attempt) and saves; replies the refusal and returns null when refused.</summary>
    public async Task<Meeting?> ApplyAsync(ITurnContext turnContext, UserLocale locale, string meetingId, Func<Meeting, DateTimeOffset, Outcome<Meeting>> decide, CancellationToken cancellationToken)
    {
        var outcome = await repository.UpdateAsync<Meeting>(TurnUnitOfWork.Of(turnContext), DocumentId.Meeting(meetingId),
            stored => stored is null ? Failure.NotFound(FailureCodes.MeetingNotFound) : decide(stored, time.GetUtcNow()), cancellationToken);
        if (outcome.IsSuccess)
        {
            // Moved, cancelled or re-rostered: the reminders follow the meeting as now stored.
            await events.RaiseAsync(TurnUnitOfWork.Of(turnContext), MeetingChanged.Meeting(outcome.Value.Id), cancellationToken);
            return outcome.Value;
        }

        await turnContext.SendActivityAsync(FailureReply.For(outcome.Failure, locale), cancellationToken);
        return null;
    }

    /// <summary>
    /// The secretary's change concerning one @mentioned person (add, remove): scope, the mention, the decision and the
    /// confirmation text built from the meeting as it was before the change.
    /// </summary>
    /// <returns>The meeting as changed and the person concerned; null when nothing changed.</returns>
    public Task<(Meeting Meeting, Person Person)?> ApplyToMentionedAsync(
        Commands.CommandTurn turn,
        Func<Meeting, Person, Actor, DateTimeOffset, Outcome<Meeting>> decide,
        Func<Meeting, Person, string> confirmation,
        CancellationToken cancellationToken) =>
        ApplyToMentionedAsync(turn, decide, confirmation, beforeSaving: null, cancellationToken);

    /// <param name="beforeSaving">Runs once the person is known and before the change is saved (an idempotent write the saved change relies on).</param>
    public async Task<(Meeting Meeting, Person Person)?> ApplyToMentionedAsync(
        Commands.CommandTurn turn,
        Func<Meeting, Person, Actor, DateTimeOffset, Outcome<Meeting>> decide,
        Func<Meeting, Person, string> confirmation,
        Func<Meeting, Person, CancellationToken, Task>? beforeSaving,
        CancellationToken cancellationToken)
    {
        if (await ScopeAndNamedAsync(turn, turn.Argument, cancellationToken) is not var (scope, person))
        {
            return null;
        }

        if (beforeSaving is not null)
        {
            await beforeSaving(scope.Meeting, person, cancellationToken);
        }

        var changed = await ApplyAsync(turn.Context, turn.Locale, scope.Meeting.Id, (meeting, now) => decide(meeting, person, scope.Actor, now), cancellationToken);
        if (changed is null)
        {
            return null;
        }

        await turn.Context.SendActivityAsync(confirmation(scope.Meeting, person), cancellationToken);
        return (changed, person);
    }

    /// <summary>The secretary's meeting and the person the command names, or null after replying why there is none.</summary>
    public Task<(MeetingInTurn Scope, Person Person)?> ScopeAndNamedAsync(Commands.CommandTurn turn, CancellationToken cancellationToken) =>
        ScopeAndNamedAsync(turn, turn.Argument, cancellationToken);

    /// <param name="typedName">In the web chat, the part of the argument that is the name (the rest says something else, as roles do).</param>
    public async Task<(MeetingInTurn Scope, Person Person)?> ScopeAndNamedAsync(Commands.CommandTurn turn, string typedName, CancellationToken cancellationToken)
    {
        if (await ScopeAsync(turn.Context, turn.Locale, secretaryOnly: true, cancellationToken) is not { } scope)
        {
            return null;
        }

        return await NamedAsync(turn, typedName, cancellationToken) is { } person ? (scope, person) : null;
    }

    /// <summary>
    /// The person a command names: its first @mention, or in the web chat the name written after it, looked up in the
    /// directory (a shared name is asked to be written with its unit). Null after replying why there is none.
    /// </summary>
    private async Task<Person?> NamedAsync(Commands.CommandTurn turn, string argument, CancellationToken cancellationToken)
    {
        var activity = turn.Context.Activity;
        var mentions = PeopleAnswer.Mentioned(activity);
        if (!PeopleAnswer.InWebChat(activity) && mentions is [var mentioned, ..])
        {
            return mentioned;
        }

        var typed = argument.Trim().TrimStart('@', '＠');
        if (!PeopleAnswer.InWebChat(activity) || (typed.Length == 0 && mentions.Count == 0))
        {
            await turn.Context.SendActivityAsync(SetupTexts.MentionSomeone.In(turn.Locale), cancellationToken);
            return null;
        }

        // In the web chat the client writes its own mentions: an id counts only when the directory knows it.
        var directory = await people.GetAsync(cancellationToken);
        if (mentions is [var written, ..])
        {
            if (directory.FindWebChatUser(written.UserId) is { } known)
            {
                return new Person(known.WebChatUserId, known.Name);
            }

            await turn.Context.SendActivityAsync(FailureReply.For(Failure.NotFound(FailureCodes.PersonNotFound, ("name", written.Name)), turn.Locale), cancellationToken);
            return null;
        }

        switch (directory.Matching(typed))
        {
            case [var one]:
                return new Person(one.WebChatUserId, one.Name);
            case []:
                await turn.Context.SendActivityAsync(FailureReply.For(Failure.NotFound(FailureCodes.PersonNotFound, ("name", typed)), turn.Locale), cancellationToken);
                return null;
            case var several:
                await turn.Context.SendActivityAsync(SetupTexts.SameNameInCommand.In(turn.Locale, MarkdownEscape.Text(typed), several.Count,
                    string.Join("\n", several.Select(p => MarkdownEscape.Text(p.Label)))), cancellationToken);
                return null;
        }
    }
}
