namespace MeetingBot.Delivery;

/// <summary>What became of one push.</summary>
public enum PushOutcome
{
    Delivered,

    /// <summary>The ledger says it was sent before (or the recipient is known unreachable): nothing was sent.</summary>
    AlreadyDone,

    /// <summary>Another sender holds it right now.</summary>
    Busy,

    /// <summary>Blocked, removed or gone: final, recorded, never retried.</summary>
    Unreachable,

    /// <summary>Failed after the connector's retries; a later attempt may send it.</summary>
    Failed,

    /// <summary>Cancelled before it was sent; recorded as cancelled, so a later attempt may send it.</summary>
    Cancelled,

    /// <summary>It could not leave without waiting (<see cref="ProactiveSender.SendIfNowAsync"/>); nothing was sent or recorded.</summary>
    NotNow,
}
