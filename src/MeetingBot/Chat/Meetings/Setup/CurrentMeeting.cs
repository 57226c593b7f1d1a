using MeetingBot.BotFramework.Builder;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// The meeting a turn is about: in a group, the newest meeting set up in that conversation; in a 1:1 chat, the
/// newest meeting the person takes part in. Null when there is none (the caller says so).
/// </summary>
public sealed class CurrentMeeting(MeetingDirectory directory, MeetingRepository repository)
{
    public async Task<Meeting?> FindAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var id = await directory.CurrentIdAsync(turnContext, cancellationToken);
        return id is null ? null : await repository.GetMeetingAsync(id, cancellationToken);
    }
}
