using System.Text.Json.Serialization;

namespace MeetingBot.Coordination.Overview;

/// <summary>How far the special report (专题报告) has come: handed to the supervisors, approved by them, submitted upward.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReportStage>))]
public enum ReportStage
{
    NotSubmitted,
    AwaitingReview,
    Returned,
    Approved,
    SubmittedUpward,
}
