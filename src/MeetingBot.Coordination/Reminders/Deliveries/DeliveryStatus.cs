namespace MeetingBot.Coordination.Reminders.Deliveries;

/// <summary>Where one push to one person stands, as the delivery log counts it.</summary>
public enum DeliveryStatus
{
    /// <summary>A sender holds it right now (or held it when it died: its lease says which).</summary>
    InFlight,

    Sent,

    /// <summary>Failed for a reason that may pass: 重发失败 sends it again.</summary>
    Failed,

    /// <summary>Blocked, removed or gone: final, never sent again.</summary>
    Unreachable,

    /// <summary>Not sent because the secretary cancelled the fan-out: 重发失败 sends it.</summary>
    Cancelled,
}
