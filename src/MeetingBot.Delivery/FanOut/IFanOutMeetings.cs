using MeetingBot.BotFramework.Storage;
using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Delivery.FanOut;

/// <summary>
/// What the fan-out needs of the meetings, owned by the fan-out and implemented by the host (which owns the meeting
/// repository, the channel a meeting lives on and the JSON rules of domain documents), so delivery never depends on
/// the host.
/// </summary>
public interface IFanOutMeetings
{
    Task<Meeting?> GetMeetingAsync(string meetingId, CancellationToken cancellationToken);

    /// <summary>The meeting and all its documents, in one listing.</summary>
    Task<MeetingDossier?> GetDossierAsync(string meetingId, CancellationToken cancellationToken);

    /// <summary>The channel the meeting's people are reached on.</summary>
    string ChannelOf(Meeting meeting);

    /// <summary>The one read-modify-write of a domain document the fan-out keeps (who was told is unreachable).</summary>
    Task<Updated<T>> UpdateDocumentAsync<T>(string key, Func<T?, T?> change, CancellationToken cancellationToken)
        where T : class;
}
