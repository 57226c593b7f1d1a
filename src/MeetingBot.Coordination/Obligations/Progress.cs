using System.Text.Json.Serialization;

namespace MeetingBot.Coordination.Obligations;

/// <summary>How far one obligation has got, across all deliverable kinds (for status views; never content).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Progress>))]
public enum Progress
{
    NotStarted,
    Draft,
    Submitted,
    Returned,
    Resubmitted,
    Approved,
    Recorded,
    Disputed,
    Confirmed,
    Circulated,
    Finalised,
}
