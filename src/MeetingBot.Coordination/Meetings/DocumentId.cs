using System.Diagnostics.CodeAnalysis;
using MeetingBot.Coordination.Talks;

namespace MeetingBot.Coordination.Meetings;

/// <summary>
/// Which domain document something is: the meeting, one author's submission for a deliverable (and target, for an
/// outline), a talk pair's record, the collective material, one member's comment on it, the minutes, the special
/// report, the rectification list, the opinions, the review references. One document per writer, so writers who are
/// not editing the same thing never contend. Where a document is kept is the repositories' business (the host maps
/// an id to its storage key); the domain only names it.
/// </summary>
/// <remarks>
/// The text (<see cref="ToString"/>, read back by <see cref="TryParse"/>) is the id's own, not a storage key: audit
/// entries keep it (<see cref="AuditEntry.Subject"/>), notices are keyed by it, and review cards and listings in
/// people's hands carry it, so it never changes once written. It is the text these documents were named by from
/// the start (<c>meetings/{meeting}/submissions/{deliverable}/{author}</c>…), which is also where they are stored today.
/// </remarks>
public sealed record DocumentId
{
    private const string Root = "meetings/";
    private const string Submissions = "submissions";
    private const string Talks = "talks";
    private const string Collective = "collective-material";
    private const string Comments = "comments";

    private DocumentId(DocumentKind kind, string meetingId, string? deliverableId = null, string? personId = null, string? otherPersonId = null)
    {
        Kind = kind;
        MeetingId = meetingId;
        DeliverableId = deliverableId;
        PersonId = personId;
        OtherPersonId = otherPersonId;
    }

    public DocumentKind Kind { get; }

    public string MeetingId { get; }

    /// <summary>A submission's deliverable; null for every other kind.</summary>
    public string? DeliverableId { get; }

    /// <summary>A submission's author, a comment's member, or the first of a talk pair (ordinal order).</summary>
    public string? PersonId { get; }

    /// <summary>An outline's target, or the second of a talk pair.</summary>
    public string? OtherPersonId { get; }

    public static DocumentId Meeting(string meetingId) => new(DocumentKind.Meeting, meetingId);

    public static DocumentId Submission(string meetingId, string deliverableId, string authorId, string? targetId) =>
        new(DocumentKind.Submission, meetingId, deliverableId, authorId, targetId);

    /// <summary>The numbers issued for the meeting's review references (提纲7), per series.</summary>
    public static DocumentId ReviewReferences(string meetingId) => new(DocumentKind.ReviewReferences, meetingId);

    public static DocumentId TalkRecord(string meetingId, TalkPairKey pair) => new(DocumentKind.TalkRecord, meetingId, personId: pair.First, otherPersonId: pair.Second);

    public static DocumentId CollectiveMaterial(string meetingId) => new(DocumentKind.CollectiveMaterial, meetingId);

    public static DocumentId MaterialComment(string meetingId, string memberId) => new(DocumentKind.MaterialComment, meetingId, personId: memberId);

    /// <summary>The minutes of the meeting (会议记录), written by the secretary.</summary>
    public static DocumentId Minutes(string meetingId) => new(DocumentKind.Minutes, meetingId);

    /// <summary>The special report's versions, reviews and deliveries (专题报告).</summary>
    public static DocumentId SpecialReport(string meetingId) => new(DocumentKind.SpecialReport, meetingId);

    /// <summary>The rectification list (整改任务书) with its timetable and publications.</summary>
    public static DocumentId Rectification(string meetingId) => new(DocumentKind.Rectification, meetingId);

    /// <summary>The opinions collected for the meeting (征求意见).</summary>
    public static DocumentId Opinions(string meetingId) => new(DocumentKind.Opinions, meetingId);

    /// <summary>The text every id of the meeting's documents begins with.</summary>
    public static string TextPrefix(string meetingId) => Root + meetingId + "/";

    public override string ToString() => TextPrefix(MeetingId) + Kind switch
    {
        DocumentKind.Meeting => "meeting",
        DocumentKind.Submission when OtherPersonId is null => $"{Submissions}/{DeliverableId}/{PersonId}",
        DocumentKind.Submission => $"{Submissions}/{DeliverableId}/{PersonId}/{OtherPersonId}",
        DocumentKind.ReviewReferences => "review-references",
        DocumentKind.TalkRecord => $"{Talks}/{PersonId}/{OtherPersonId}",
        DocumentKind.CollectiveMaterial => Collective,
        DocumentKind.MaterialComment => $"{Collective}/{Comments}/{PersonId}",
        DocumentKind.Minutes => "minutes",
        DocumentKind.SpecialReport => "special-report",
        DocumentKind.Rectification => "rectification",
        DocumentKind.Opinions => "opinions",
        _ => throw new InvalidOperationException($"No text for {Kind}."),
    };

    /// <summary>
    /// The id whose text this is (a review card's key, an audit subject); false for any other text, including one
    /// that would not be written back the same (an empty part, a part that holds a slash).
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out DocumentId? id)
    {
        id = null;
        if (text is null || !text.StartsWith(Root, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = text[Root.Length..].Split('/');
        if (parts.Any(p => p.Length == 0))
        {
            return false;
        }

        var meetingId = parts[0];
        id = parts[1..] switch
        {
            ["meeting"] => Meeting(meetingId),
            [Submissions, var deliverable, var author] => Submission(meetingId, deliverable, author, null),
            [Submissions, var deliverable, var author, var target] => Submission(meetingId, deliverable, author, target),
            ["review-references"] => ReviewReferences(meetingId),
            [Talks, var first, var second] when string.CompareOrdinal(first, second) <= 0 => TalkRecord(meetingId, new TalkPairKey(first, second)),
            [Collective] => CollectiveMaterial(meetingId),
            [Collective, Comments, var member] => MaterialComment(meetingId, member),
            ["minutes"] => Minutes(meetingId),
            ["special-report"] => SpecialReport(meetingId),
            ["rectification"] => Rectification(meetingId),
            ["opinions"] => Opinions(meetingId),
            _ => null,
        };
        return id is not null;
    }
}
