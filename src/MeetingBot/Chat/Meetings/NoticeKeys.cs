using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Chat.Meetings;

/// <summary>
/// Idempotency keys of notices (personal ones and posts into a group): meeting, event, what it is about, which version, to whom. The same event
/// about the same version for the same person is one notice; a new version (a resubmission) is a new one.
/// </summary>
public static class NoticeKeys
{
    public const string MeetingAnnounced = "meeting-announced";
    public const string MeetingMoved = "meeting-moved";
    public const string NoticeToAll = "notice-to-all";
    public const string ReviewRequested = "review-requested";
    public const string Returned = "returned";
    public const string Disclosed = "disclosed";
    public const string Withdrawn = "withdrawn";
    public const string Circulated = "circulated";
    public const string TalkToConfirm = "talk-to-confirm";
    public const string TalkConfirmed = "talk-confirmed";
    public const string TalkDisputed = "talk-disputed";
    public const string RectificationAssigned = "rectification-assigned";
    public const string ReportSubmitted = "report-submitted";
    public const string ReportReviewed = "report-reviewed";
    public const string FanOutStalled = "fan-out-stalled";
    public const string Unreachable = "unreachable";

    public static string For(string meetingId, string eventName, string subject, long version, string recipientId) =>
        $"notices/{meetingId}/{eventName}/{subject}/v{version}/{recipientId}";

    /// <summary>A post into a group conversation: one per meeting, event and group, whatever version it was posted about.</summary>
    public static string ForGroup(string meetingId, string eventName, string conversationId) =>
        $"notices/{meetingId}/{eventName}/group/{conversationId}";

    /// <summary>A notice about a domain document, keyed by the id's text (the characters ledger entries already hold).</summary>
    public static string For(string meetingId, string eventName, DocumentId subject, long version, string recipientId) =>
        For(meetingId, eventName, subject.ToString(), version, recipientId);
}
