namespace MeetingBot.Delivery;

public enum ClaimResult
{
    /// <summary>This holder may send now.</summary>
    Claimed,

    /// <summary>Already sent, or the recipient is unreachable: nothing to do.</summary>
    Done,

    /// <summary>Another holder's lease is still running.</summary>
    Busy,
}
