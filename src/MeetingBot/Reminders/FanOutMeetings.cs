using MeetingBot.BotFramework.Storage;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Delivery.FanOut;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Reminders;

/// <summary>The host's side of the fan-out's port: meetings from the repository, documents with their own JSON rules.</summary>
public sealed class FanOutMeetings(MeetingRepository meetings, IStorage storage) : IFanOutMeetings
{
    public Task<Meeting?> GetMeetingAsync(string meetingId, CancellationToken cancellationToken) =>
        meetings.GetMeetingAsync(unitOfWork: null, meetingId, cancellationToken);

    public Task<MeetingDossier?> GetDossierAsync(string meetingId, CancellationToken cancellationToken) =>
        meetings.GetDossierAsync(unitOfWork: null, meetingId, cancellationToken);

    public string ChannelOf(Meeting meeting) => MeetingTurn.ChannelOf(meeting);

    public Task<Updated<T>> UpdateDocumentAsync<T>(string key, Func<T?, T?> change, CancellationToken cancellationToken)
        where T : class =>
        storage.UpdateDocumentAsync(key, change, cancellationToken);
}
