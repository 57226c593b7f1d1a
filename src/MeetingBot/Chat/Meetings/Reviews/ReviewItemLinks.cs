using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Documents.Links;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>
/// The download link of a queued item's uploaded document, for the person acting — only when Coordination's
/// <see cref="DocumentAccess"/> lets him have one, and only to the version he is asked to review.
/// </summary>
public sealed class ReviewItemLinks(DocumentLinks links)
{
    public async Task<DocumentLink?> ForAsync(MeetingDossier dossier, ProcessTemplate template, Actor reader, ReviewQueueItem item, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var submission = dossier.Submissions.FirstOrDefault(s => s.Id == item.Id);
        if (submission?.Latest?.Content is not ExaminationMaterial { Document: { } document }
            || !DocumentAccess.MayDownload(dossier.Meeting, reader, submission, template))
        {
            return null;
        }

        return await links.IssueAsync(document, reader.UserId);
    }
}
