using System.Text.Json.Serialization;

namespace MeetingBot.Coordination.Templates;

/// <summary>What "done" means for a deliverable in the readiness rules.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Completion>))]
public enum Completion
{
    /// <summary>Handed in (the latest version, whatever its review).</summary>
    Submitted,

    /// <summary>Approved by the lead; an approved outline is also disclosed to its target.</summary>
    Approved,

    /// <summary>A talk record confirmed by the other party.</summary>
    Confirmed,

    /// <summary>The collective material finalised by the lead after every member commented.</summary>
    Finalised,
}
