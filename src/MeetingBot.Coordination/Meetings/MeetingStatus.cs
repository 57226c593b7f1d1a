using System.Text.Json.Serialization;

namespace MeetingBot.Coordination.Meetings;

[JsonConverter(typeof(JsonStringEnumConverter<MeetingStatus>))]
public enum MeetingStatus
{
    /// <summary>Set up; deliverables are being gathered.</summary>
    Preparing,

    /// <summary>Confirmed through the readiness gate (or by the lead's recorded override).</summary>
    Confirmed,

    /// <summary>Cancelled by the secretary; nothing changes any more.</summary>
    Cancelled,

    /// <summary>Held (marked by the secretary): the special report and rectification follow.</summary>
    Reporting,
}
