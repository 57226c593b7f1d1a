namespace MeetingBot.BotFramework.Builder;

/// <summary>What <see cref="ActivityDeduplicator.ClaimAsync"/> found.</summary>
public enum ActivityClaimResult
{
    /// <summary>First seen: this instance runs the turn.</summary>
    Claimed,

    /// <summary>A redelivery of a turn that ended (here or on another instance): answered without running it again.</summary>
    Handled,

    /// <summary>
    /// A redelivery while another instance's claim still runs: answered 503 with Retry-After, so the channel tries
    /// again — by then the turn has ended (handled), or its instance died and the lapsed lease lets this one take it.
    /// </summary>
    RunningElsewhere,
}
