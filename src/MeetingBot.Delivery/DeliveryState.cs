using System.Text.Json.Serialization;

namespace MeetingBot.Delivery;

[JsonConverter(typeof(JsonStringEnumConverter<DeliveryState>))]
public enum DeliveryState
{
    /// <summary>A sender holds it until its lease ends.</summary>
    Claimed,

    /// <summary>The channel accepted it: never send it again.</summary>
    Sent,

    /// <summary>The last attempt failed for a reason that may pass; a later attempt may claim it again.</summary>
    Failed,

    /// <summary>The recipient cannot be reached (blocked, removed, conversation gone): final, never retried.</summary>
    Unreachable,

    /// <summary>Not sent: the fan-out it belonged to was cancelled. A later attempt may claim it again.</summary>
    Cancelled,
}
