using System.Text.Json.Serialization;

namespace MeetingBot.Coordination.Submissions.Contents;

/// <summary>How the member answers a problem raised about him.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProblemAcknowledgement>))]
public enum ProblemAcknowledgement
{
    /// <summary>主动认账: the problem is true or basically true.</summary>
    Acknowledged,

    /// <summary>Not accurate, with a note (有则改之、无则加勉).</summary>
    Disputed,
}
