using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Proactive;
using MeetingBot.BotFramework.State;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Status;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Chat.Meetings.Switching;

/// <summary>
/// The one answer to "which meeting is this turn about". In a group: the conversation's meeting (the newest set up
/// there, or the one the person switched to if it is one of them). In 1:1: the meeting the person switched to while it
/// is open, else <see cref="MeetingInFocus"/> (nearest pending obligation, then the newest open one). A person in
/// several meetings is told in one short line which meeting the command acted on. Resolved once per turn, and read
/// through the turn's unit of work, so asking again costs no storage round trip.
/// </summary>
public sealed class MeetingResolver(
    MeetingDirectory directory, MeetingRepository repository, TemplateLibrary templates, UserState userState, TimeProvider time)
{
    public const string ChoiceProperty = "meetings.choice";

    /// <summary>A person's meetings are read to choose among them; beyond this many only the newest are considered.</summary>
    public const int MaxCandidates = 12;

    private readonly IStatePropertyAccessor<MeetingChoice> _choice = userState.CreateProperty<MeetingChoice>(ChoiceProperty);

    public async Task<string?> CurrentIdAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.TurnState.Get<Resolved>() is { } resolved)
        {
            return resolved.MeetingId;
        }

        var activity = turnContext.Activity;
        var personal = PersonalConversations.IsPersonal(activity.Conversation);
        var ids = await IdsAsync(turnContext, cancellationToken);
        var chosen = ids.Count > 1 && activity.From?.Id is not null ? (await _choice.GetAsync(turnContext, cancellationToken))?.MeetingId : null;
        string? id;
        if (ids.Count <= 1)
        {
            id = ids.Count == 0 ? null : ids[0];
        }
        else if (!personal)
        {
            id = chosen is not null && ids.Contains(chosen, StringComparer.Ordinal) ? chosen : ids[^1];
        }
        else
        {
            var candidates = await CandidatesAsync(TurnUnitOfWork.Of(turnContext), ids, cancellationToken);
            id = MeetingInFocus.Choose(candidates, activity.From?.Id ?? string.Empty, chosen, time.GetUtcNow());
            if (id is not null && candidates.FirstOrDefault(c => c.Dossier.Meeting.Id == id)?.Dossier.Meeting is { } meeting)
            {
                // Among several meetings the person is told which one this answer is about.
                await turnContext.SendActivityAsync(SwitchTexts.ActingOn.In(UserLocales.From(activity.Locale), MarkdownEscape.Text(meeting.Theme), MeetingDate(meeting)), cancellationToken);
            }
        }

        turnContext.TurnState.Set(new Resolved(id));
        return id;
    }

    /// <summary>
    /// This turn's meeting, read by its header alone (what it stores besides is read when asked for:
    /// <see cref="MeetingInTurn.DossierAsync"/>); null when there is none or its template is gone, so no command
    /// guesses a meeting the user did not mean.
    /// </summary>
    public async Task<MeetingInTurn?> FindAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var unitOfWork = TurnUnitOfWork.Of(turnContext);
        return await CurrentIdAsync(turnContext, cancellationToken) is { } id
            && await repository.GetMeetingAsync(unitOfWork, id, cancellationToken) is { } meeting
            && templates.Find(meeting.TemplateId) is { } template
                ? new MeetingInTurn(meeting, template, MeetingTurn.ActorOf(turnContext), unitOfWork, repository)
                : null;
    }

    /// <summary>
    /// The same, for a command that works on what the meeting stores (submissions, reviews, opinions, the list): the
    /// meeting and its documents in one listing, rather than a read of the header and a listing after it.
    /// </summary>
    public async Task<MeetingInTurn?> FindWithDossierAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var unitOfWork = TurnUnitOfWork.Of(turnContext);
        return await CurrentIdAsync(turnContext, cancellationToken) is { } id
            && await repository.GetDossierAsync(unitOfWork, id, cancellationToken) is { } dossier
            && templates.Find(dossier.Meeting.TemplateId) is { } template
                ? new MeetingInTurn(dossier, template, MeetingTurn.ActorOf(turnContext), unitOfWork)
                : null;
    }

    /// <summary>
    /// This turn's meeting (or the one a flow names) for someone who takes part in it; otherwise the refusal to send,
    /// in the user's language.
    /// </summary>
    public async Task<(MeetingInTurn? Found, string? Refusal)> ParticipantAsync(ITurnContext turnContext, string? meetingId, CancellationToken cancellationToken)
    {
        var locale = UserLocales.From(turnContext.Activity.Locale);
        var id = meetingId ?? await CurrentIdAsync(turnContext, cancellationToken);
        var unitOfWork = TurnUnitOfWork.Of(turnContext);
        var meeting = id is null ? null : await repository.GetMeetingAsync(unitOfWork, id, cancellationToken);
        if (meeting is null || templates.Find(meeting.TemplateId) is not { } template)
        {
            return (null, SwitchTexts.NotTakingPart.In(locale));
        }

        var actor = MeetingTurn.ActorOf(turnContext);
        return Access.AsParticipant(meeting, actor) is { } refusal
            ? (null, FailureReply.For(refusal, locale))
            : (new MeetingInTurn(meeting, template, actor, unitOfWork, repository), null);
    }

    /// <summary>
    /// The same, for a command or step that goes no further without the meeting: the refusal is replied here, so each
    /// caller only stops.
    /// </summary>
    /// <returns>The meeting in the turn; null when the person was refused (and told why).</returns>
    public async Task<MeetingInTurn?> ParticipantOrRefuseAsync(ITurnContext turnContext, string? meetingId, CancellationToken cancellationToken)
    {
        var (found, refusal) = await ParticipantAsync(turnContext, meetingId, cancellationToken);
        if (found is null)
        {
            await turnContext.SendActivityAsync(refusal!, cancellationToken);
        }

        return found;
    }

    /// <summary>
    /// Settles this turn's meeting on one the turn is known to be about (the meeting of the question a short answer
    /// answers). It only chooses: every command still checks the person's part in that meeting.
    /// </summary>
    public static void Pin(ITurnContext turnContext, string meetingId) => turnContext.TurnState.Set(new Resolved(meetingId));

    /// <summary>The person's open meetings (in a group: the conversation's), by date, for 切换会议.</summary>
    public async Task<IReadOnlyList<Meeting>> ChoicesAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var meetings = new List<Meeting>();
        foreach (var id in (await IdsAsync(turnContext, cancellationToken)).TakeLast(MaxCandidates))
        {
            if (await repository.GetMeetingAsync(TurnUnitOfWork.Of(turnContext), id, cancellationToken) is { } meeting && MeetingInFocus.IsOpen(meeting))
            {
                meetings.Add(meeting);
            }
        }

        return [.. meetings.OrderBy(m => m.LocalStart).ThenBy(m => m.Id, StringComparer.Ordinal)];
    }

    /// <summary>Remembers the person's choice; this turn's later commands already act on it.</summary>
    public async Task ChooseAsync(ITurnContext turnContext, string meetingId, CancellationToken cancellationToken)
    {
        await _choice.SetAsync(turnContext, new MeetingChoice { MeetingId = meetingId }, cancellationToken);
        turnContext.TurnState.Set(new Resolved(meetingId));
    }

    public static string MeetingDate(Meeting meeting) => meeting.LocalStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private Task<IReadOnlyList<string>> IdsAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var channelId = activity.ChannelId ?? string.Empty;
        return PersonalConversations.IsPersonal(activity.Conversation)
            ? directory.ForPersonAsync(channelId, activity.From?.Id ?? string.Empty, cancellationToken)
            : directory.ForConversationAsync(channelId, activity.Conversation?.Id ?? string.Empty, cancellationToken);
    }

    private async Task<IReadOnlyList<MeetingCandidate>> CandidatesAsync(TurnUnitOfWork? unitOfWork, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var candidates = new List<MeetingCandidate>();
        foreach (var id in ids.TakeLast(MaxCandidates))
        {
            if (await repository.GetDossierAsync(unitOfWork, id, cancellationToken) is { } dossier && templates.Find(dossier.Meeting.TemplateId) is { } template)
            {
                candidates.Add(new MeetingCandidate(dossier, template));
            }
        }

        return candidates;
    }

    /// <summary>This turn's answer, so every command and dialog of the turn agrees and the line is said once.</summary>
    private sealed record Resolved(string? MeetingId);
}
