using System.Text.Json.Serialization;

namespace MeetingBot.Coordination.Talks;

/// <summary>A cell of the coverage matrix.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TalkProgress>))]
public enum TalkProgress
{
    NotPlanned,
    Planned,
    Recorded,
    Confirmed,
    Disputed,
}
