using MeetingBot.BotFramework.Builder;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Templates;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Chat.Meetings.Switching;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Chat.Meetings.Submissions;

/// <summary>
/// Finds the meeting of this turn (as <see cref="MeetingResolver"/> decides it, or the one a flow
/// names) and refuses, in the user's language, anyone who is not its participant.
/// </summary>
public sealed class MeetingLookup(MeetingResolver resolver, MeetingRepository repository, TemplateLibrary templates)
{
    /// <returns>The meeting, or the refusal to send.</returns>
    public async Task<(MeetingInTurn? Found, string? Refusal)> FindAsync(ITurnContext turn, string? meetingId, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var locale = UserLocales.From(activity.Locale);
        var id = meetingId ?? await resolver.CurrentIdAsync(turn, cancellationToken);
        var meeting = id is null ? null : await repository.GetMeetingAsync(id, cancellationToken);
        if (meeting is null || templates.Find(meeting.TemplateId) is not { } template)
        {
            return (null, SubmissionTexts.NoMeeting.In(locale));
        }

        var actor = MeetingTurn.ActorOf(turn);
        return Access.AsParticipant(meeting, actor) is { } refusal
            ? (null, FailureReply.For(refusal, locale))
            : (new MeetingInTurn(meeting, template, actor), null);
    }
}
