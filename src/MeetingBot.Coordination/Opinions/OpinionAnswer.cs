using System.Text.Json.Serialization;

namespace MeetingBot.Coordination.Opinions;

/// <summary>The member's answer to an opinion assigned to him: 认账 (with an optional note) or an explanation.</summary>
public sealed record OpinionAnswer(OpinionAnswerKind Kind, string? Note, DateTimeOffset At);

[JsonConverter(typeof(JsonStringEnumConverter<OpinionAnswerKind>))]
public enum OpinionAnswerKind
{
    /// <summary>主动认账.</summary>
    Acknowledged,

    /// <summary>说明情况 (有则改之、无则加勉): the member explains, with a note.</summary>
    Explained,
}
