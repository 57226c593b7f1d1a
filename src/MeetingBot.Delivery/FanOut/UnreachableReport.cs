using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reminders.Deliveries;

namespace MeetingBot.Delivery.FanOut;

/// <summary>
/// Tells the meeting's secretaries (through <see cref="IFanOutAlerts"/>) who cannot be reached: once per recipient per meeting, not
/// once per reminder. Whom they were told is stored first (conditionally), so two instances never both tell.
/// </summary>
public sealed class UnreachableReport(IFanOutMeetings documents, IFanOutAlerts alerts)
{
    public static string KeyOf(string meetingId) => $"reminder-notices/{meetingId}/unreachable";

    /// <summary>Reports whoever of <paramref name="userIds"/> was not reported before; returns them.</summary>
    public async Task<IReadOnlyList<string>> ReportAsync(Meeting meeting, IReadOnlyList<string> userIds, CancellationToken cancellationToken)
    {
        if (userIds.Count == 0)
        {
            return [];
        }

        var fresh = await RecordAsync(meeting.Id, userIds, cancellationToken);
        if (fresh.Count > 0)
        {
            await alerts.UnreachableAsync(meeting, fresh, cancellationToken);
        }

        return fresh;
    }

    private async Task<IReadOnlyList<string>> RecordAsync(string meetingId, IReadOnlyList<string> userIds, CancellationToken cancellationToken)
    {
        // Another fan-out recording some at the same time: decided again, so only who is still new is told.
        IReadOnlyList<string> toTell = [];
        await documents.UpdateDocumentAsync<UnreachableNotices>(KeyOf(meetingId), current =>
        {
            (var next, toTell) = (current ?? UnreachableNotices.For(meetingId)).Tell(userIds);
            return toTell.Count == 0 ? null : next;
        }, cancellationToken);
        return toTell;
    }
}
