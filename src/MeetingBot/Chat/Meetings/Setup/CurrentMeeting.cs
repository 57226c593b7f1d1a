using MeetingBot.BotFramework.Builder;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Chat.Meetings.Switching;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// The header of the meeting a turn is about, as <see cref="MeetingResolver"/> decides it. Null when there is none
/// (the caller says so).
/// </summary>
public sealed class CurrentMeeting(MeetingResolver resolver, MeetingRepository repository)
{
    public async Task<Meeting?> FindAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var id = await resolver.CurrentIdAsync(turnContext, cancellationToken);
        return id is null ? null : await repository.GetMeetingAsync(id, cancellationToken);
    }
}
