using System.Diagnostics.CodeAnalysis;
using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Meetings.Storage;

/// <summary>
/// Where each domain document is stored: the storage's layout, apart from the domain's ids (<see cref="DocumentId"/>).
/// One document per writer under the meeting's prefix <c>meetings/{id}/</c>, so the repository reads a whole
/// meeting in one listing (<see cref="MeetingRepository.GetDossierAsync"/>) and unrelated writers never contend.
/// </summary>
/// <remarks>
/// These are the keys documents were always stored under (<c>DocumentKeysTests</c> pins every one by hand), so
/// nothing stored moves. They equal the ids' text today, by that decision, not by construction: a new layout
/// changes this map (and migrates what is stored), never the ids that audit entries, notices and cards keep.
/// </remarks>
public static class DocumentKeys
{
    /// <summary>The prefix every document of the meeting is stored under.</summary>
    public static string Prefix(string meetingId) => $"meetings/{meetingId}/";

    public static string Of(DocumentId id) => Prefix(id.MeetingId) + id.Kind switch
    {
        DocumentKind.Meeting => "meeting",
        DocumentKind.Submission when id.OtherPersonId is null => $"submissions/{id.DeliverableId}/{id.PersonId}",
        DocumentKind.Submission => $"submissions/{id.DeliverableId}/{id.PersonId}/{id.OtherPersonId}",
        DocumentKind.ReviewReferences => "review-references",
        DocumentKind.TalkRecord => $"talks/{id.PersonId}/{id.OtherPersonId}",
        DocumentKind.CollectiveMaterial => "collective-material",
        DocumentKind.MaterialComment => $"collective-material/comments/{id.PersonId}",
        DocumentKind.Minutes => "minutes",
        DocumentKind.SpecialReport => "special-report",
        DocumentKind.Rectification => "rectification",
        DocumentKind.Opinions => "opinions",
        _ => throw new ArgumentOutOfRangeException(nameof(id), id.Kind, "A document kind without a storage key."),
    };

    /// <summary>
    /// The document stored under <paramref name="key"/> (a download link names an upload by its submission's key);
    /// false for any other key. Read through the id's text, and taken only if this map gives the very key back: a
    /// layout that stops matching the text refuses every key here (and fails <c>DocumentKeysTests</c>), never misreads one.
    /// </summary>
    public static bool TryRead(string key, [NotNullWhen(true)] out DocumentId? id)
    {
        if (DocumentId.TryParse(key, out var read) && Of(read) == key)
        {
            id = read;
            return true;
        }

        id = null;
        return false;
    }
}
