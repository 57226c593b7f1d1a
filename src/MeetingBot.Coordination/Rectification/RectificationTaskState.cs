using System.Text.Json.Serialization;

namespace MeetingBot.Coordination.Rectification;

/// <summary>Where a task stands as stored; whether it is overdue depends on the day (<see cref="RectificationStatus"/>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RectificationTaskState>))]
public enum RectificationTaskState
{
    Open,
    InProgress,

    /// <summary>The owner reported it done with evidence; the secretary or the lead accepts it (验收) or sends it back.</summary>
    AwaitingAcceptance,
    Done,
}
