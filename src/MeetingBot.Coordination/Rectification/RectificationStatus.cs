using System.Text.Json.Serialization;

namespace MeetingBot.Coordination.Rectification;

/// <summary>A task's status on a given day: open, in progress, done (with evidence), or overdue (not done after its due date).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RectificationStatus>))]
public enum RectificationStatus
{
    Open,
    InProgress,
    Done,
    Overdue,
}
