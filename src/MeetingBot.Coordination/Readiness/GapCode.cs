using System.Text.Json.Serialization;

namespace MeetingBot.Coordination.Readiness;

/// <summary>Why the meeting is not ready; stable codes for the front.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GapCode>))]
public enum GapCode
{
    /// <summary>A required deliverable is not done (not handed in, not approved, not confirmed, not finalised).</summary>
    Incomplete,

    /// <summary>The date and theme have not been reported to the higher organisation.</summary>
    ReportUpwardMissing,

    /// <summary>The report was made fewer days ahead than the template requires.</summary>
    ReportUpwardTooLate,

    /// <summary>The report named another date: the meeting was moved after it was reported.</summary>
    ReportUpwardOutdated,

    /// <summary>Fewer members confirmed attendance than the quorum.</summary>
    QuorumNotReached,
}
