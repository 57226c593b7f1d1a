using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Templates;
using MeetingBot.Documents.Links;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Meetings.Documents;

/// <summary>
/// Checks a download grant against the meeting as it is now: the document must be one a submission holds (as
/// uploaded, <c>{submission key}/document</c> at that version) and Coordination's <see cref="DocumentAccess"/> must
/// still let the viewer have it. Any other document key is refused: only submissions' uploads are linked today.
/// </summary>
public sealed class SubmissionDocumentReaders(MeetingRepository repository, TemplateLibrary templates) : IDocumentGrantCheck
{
    private const string DocumentSuffix = "/document";

    public async Task<bool> StillAllowedAsync(DocumentGrant grant, CancellationToken cancellationToken)
    {
        if (!grant.DocumentKey.EndsWith(DocumentSuffix, StringComparison.Ordinal)
            || !DocumentKeys.TryRead(grant.DocumentKey[..^DocumentSuffix.Length], out var id) || id.Kind != DocumentKind.Submission
            || await repository.GetAsync<Submission>(unitOfWork: null, id, cancellationToken) is not { } submission
            || await repository.GetMeetingAsync(unitOfWork: null, submission.MeetingId, cancellationToken) is not { } meeting)
        {
            return false;
        }

        var stored = $"{grant.DocumentKey}@{grant.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        var holdsIt = submission.Versions.Any(v => v.Content is ExaminationMaterial { Document.StorageKey: var key } && key == stored);
        // The viewer is who the link was issued to, in the meeting's own tenant (links are never issued across tenants).
        return holdsIt && DocumentAccess.MayDownload(meeting, new Actor(grant.ViewerId, grant.ViewerId, meeting.TenantId), submission, templates.Find(meeting.TemplateId));
    }
}
