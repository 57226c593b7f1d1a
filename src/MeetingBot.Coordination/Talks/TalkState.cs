using System.Text.Json.Serialization;

namespace MeetingBot.Coordination.Talks;

[JsonConverter(typeof(JsonStringEnumConverter<TalkState>))]
public enum TalkState
{
    /// <summary>One party recorded the talk; the other has not answered yet.</summary>
    Recorded,

    /// <summary>The other party confirmed the record.</summary>
    Confirmed,

    /// <summary>The other party disputed the record with a note; either party may record it again.</summary>
    Disputed,
}
