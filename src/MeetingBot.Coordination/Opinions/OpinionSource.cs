using System.Text.Json.Serialization;

namespace MeetingBot.Coordination.Opinions;

/// <summary>Where an opinion came from, the three outside sources of the seed's 查摆问题 (群众提、上级点、集体议).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OpinionSource>))]
public enum OpinionSource
{
    /// <summary>群众提: written by anyone on the public opinion form, or typed in by the office.</summary>
    Masses,

    /// <summary>上级点: what the superior pointed out, recorded by the office or the lead.</summary>
    Superior,

    /// <summary>集体议: a problem the team agreed on in its collective discussion.</summary>
    Collective,
}
