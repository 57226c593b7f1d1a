using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Switching;

namespace MeetingBot.Chat.Meetings.Status;

/// <summary>
/// What nearly every meeting command does first: find the meeting the turn is about, or tell the person there is none
/// here (<see cref="StatusTexts.NoMeeting"/>) and go no further. It extends <see cref="MeetingResolver"/> from here,
/// beside its text, because the Switching folder must not use Status (Status already uses Switching; the feature
/// folders have no cycle). A command that answers "no meeting" differently (setup's own text, a missing template) keeps
/// its own check.
/// </summary>
public static class NoMeetingReply
{
    /// <summary>
    /// <see cref="MeetingResolver.FindWithDossierAsync"/>, or the no-meeting reply in the turn's language.
    /// </summary>
    /// <returns>The meeting in the turn; null when there is none (the person has been told).</returns>
    public static async Task<MeetingInTurn?> FindWithDossierOrSayNoneAsync(this MeetingResolver current, CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await current.FindWithDossierAsync(turn.Context, cancellationToken) is { } found)
        {
            return found;
        }

        await turn.Context.SendActivityAsync(StatusTexts.NoMeeting.In(turn.Locale), cancellationToken);
        return null;
    }
}
