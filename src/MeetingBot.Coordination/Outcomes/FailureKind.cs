using System.Text.Json.Serialization;

namespace MeetingBot.Coordination.Outcomes;

/// <summary>The expected ways a command can be refused; the chat front chooses its reply by kind and code.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FailureKind>))]
public enum FailureKind
{
    /// <summary>The actor may not do this (role, authorship, tenant, visibility).</summary>
    Forbidden,

    /// <summary>The thing named does not exist (meeting, participant, pair, deliverable).</summary>
    NotFound,

    /// <summary>The state moved on: a stale version, or a step that the current state does not allow.</summary>
    Conflict,

    /// <summary>The input breaks a rule (missing text, unknown category, bad time zone).</summary>
    Invalid,

    /// <summary>The meeting's preparation is incomplete; the failure carries the readiness report.</summary>
    NotReady,
}
