using System.Text.Json.Serialization;

namespace MeetingBot.Coordination.Overview;

/// <summary>Where a unit's meeting stands, for the superior's view: the one status the page filters and sorts by.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<UnitStage>))]
public enum UnitStage
{
    /// <summary>Being prepared, readiness gaps remain.</summary>
    Preparing,

    /// <summary>Every required item done; not yet confirmed.</summary>
    Ready,

    /// <summary>Confirmed through the readiness gate; not yet held.</summary>
    Confirmed,

    /// <summary>Held; the special report is not yet submitted upward.</summary>
    Held,

    /// <summary>Held, and the approved special report submitted upward.</summary>
    Reported,

    /// <summary>Cancelled by its secretary.</summary>
    Cancelled,
}
