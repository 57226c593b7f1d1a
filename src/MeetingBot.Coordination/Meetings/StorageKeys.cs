using MeetingBot.Coordination.Talks;

namespace MeetingBot.Coordination.Meetings;

/// <summary>
/// Where each aggregate is stored. One document per writer, so writers who are not editing the same thing never
/// contend: the meeting header and roster (secretary), each author's submission per deliverable (and per
/// target for outlines), each talk pair's record, the collective material (lead) and each member's comment on
/// it. Thirty members submitting in the same second write thirty different documents. Everything of a meeting
/// shares the prefix <c>meetings/{id}/</c>, so the storage layer can list a meeting's documents in one query.
/// </summary>
public static class StorageKeys
{
    public static string Meeting(string meetingId) => $"meetings/{meetingId}/meeting";

    public static string Prefix(string meetingId) => $"meetings/{meetingId}/";

    /// <summary>A submission: <c>meetings/{id}/submissions/{deliverable}/{author}</c>, plus <c>/{target}</c> for outlines.</summary>
    public static string Submission(string meetingId, string deliverableId, string authorId, string? targetId) =>
        targetId is null
            ? $"meetings/{meetingId}/submissions/{deliverableId}/{authorId}"
            : $"meetings/{meetingId}/submissions/{deliverableId}/{authorId}/{targetId}";

    /// <summary>The numbers issued for the meeting's review references (提纲7), per series.</summary>
    public static string ReviewReferences(string meetingId) => $"meetings/{meetingId}/review-references";

    public static string TalkRecord(string meetingId, TalkPairKey pair) => $"meetings/{meetingId}/talks/{pair.First}/{pair.Second}";

    public static string CollectiveMaterial(string meetingId) => $"meetings/{meetingId}/collective-material";

    public static string MaterialComment(string meetingId, string memberId) => $"meetings/{meetingId}/collective-material/comments/{memberId}";

    /// <summary>The minutes of the meeting (会议记录), written by the secretary.</summary>
    public static string Minutes(string meetingId) => $"meetings/{meetingId}/minutes";

    /// <summary>The special report's versions, reviews and deliveries (专题报告).</summary>
    public static string SpecialReport(string meetingId) => $"meetings/{meetingId}/special-report";

    /// <summary>The rectification list (整改任务书) with its timetable and publications.</summary>
    public static string Rectification(string meetingId) => $"meetings/{meetingId}/rectification";
}
