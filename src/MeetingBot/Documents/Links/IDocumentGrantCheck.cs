namespace MeetingBot.Documents.Links;

/// <summary>
/// Asked at download time whether a signed grant's viewer may still read its document: a link outlives the moment
/// it was issued, and in between the lead may have handed over or the viewer left the meeting.
/// </summary>
public interface IDocumentGrantCheck
{
    Task<bool> StillAllowedAsync(DocumentGrant grant, CancellationToken cancellationToken);
}
