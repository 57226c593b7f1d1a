using System.Text.Json.Serialization;

namespace MeetingBot.Coordination.CriticismOutlines;

/// <summary>What the pre-review found; each mirrors a warning of the seed (轻描淡写, 失真失实, 人云亦云).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OutlineFlagCode>))]
public enum OutlineFlagCode
{
    /// <summary>Fewer points than the template asks for.</summary>
    TooFewPoints,

    /// <summary>A required aspect (党性强不强、工作实不实、要求严不严) has no point.</summary>
    AspectNotCovered,

    /// <summary>A point has no concrete example, or one too short to be concrete.</summary>
    NoConcreteExample,

    /// <summary>A point is a stock phrase with nothing of substance around it.</summary>
    StockPhrase,
}
