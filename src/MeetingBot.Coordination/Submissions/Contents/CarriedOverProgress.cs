using System.Text.Json.Serialization;

namespace MeetingBot.Coordination.Submissions.Contents;

/// <summary>Where a previous meeting's task stands at the review (回头看).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CarriedOverProgress>))]
public enum CarriedOverProgress
{
    Done,
    InProgress,
    NotDone,
}
