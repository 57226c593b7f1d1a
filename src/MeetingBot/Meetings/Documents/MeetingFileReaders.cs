using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Documents.Links;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Meetings.Documents;

/// <summary>
/// Checks a download grant for a file the bot rendered (the special report, the ledger) against the meeting as it
/// is now: Coordination's <see cref="DocumentAccess"/> must still let the viewer have it. Other keys are not its kind.
/// </summary>
public sealed class MeetingFileReaders(MeetingRepository repository) : IDocumentGrantCheck
{
    public async Task<bool> StillAllowedAsync(DocumentGrant grant, CancellationToken cancellationToken)
    {
        var report = MeetingFileKeys.TryReadReport(grant.DocumentKey, out var meetingId);
        if ((!report && !MeetingFileKeys.TryReadLedger(grant.DocumentKey, out meetingId))
            || await repository.GetMeetingAsync(unitOfWork: null, meetingId, cancellationToken) is not { } meeting)
        {
            return false;
        }

        // The viewer is who the link was issued to, in the meeting's own tenant (links are never issued across tenants).
        var viewer = new Actor(grant.ViewerId, grant.ViewerId, meeting.TenantId);
        return report ? DocumentAccess.MayDownloadReport(meeting, viewer) : DocumentAccess.MayDownloadLedger(meeting, viewer);
    }
}
