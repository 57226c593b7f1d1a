using System.Text.Json.Serialization;

namespace MeetingBot.Coordination.Opinions;

/// <summary>How the office found an opinion after checking it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OpinionVerdict>))]
public enum OpinionVerdict
{
    /// <summary>属实.</summary>
    True,

    /// <summary>基本属实.</summary>
    MostlyTrue,

    /// <summary>不符: not borne out; the member is not asked to answer it.</summary>
    Untrue,
}
