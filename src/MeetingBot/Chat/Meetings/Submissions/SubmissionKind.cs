using System.Text.Json.Serialization;

namespace MeetingBot.Chat.Meetings.Submissions;

/// <summary>What a member can hand in through chat; stored in dialog state by name, so the names never change.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SubmissionKind>))]
public enum SubmissionKind
{
    Study,
    Problems,
    Material,
    Outline,
    Talk,
    Attendance,
    ReportUpward,
    RectificationReview,
    Notes,
}
