namespace MeetingBot.DingTalk.Inbound;

public enum CallbackCheck
{
    Valid,

    /// <summary>No timestamp or sign header, or a timestamp that is not a number.</summary>
    Unsigned,

    /// <summary>The timestamp is more than the allowed age away from now (a replay, or a clock far off).</summary>
    Stale,

    WrongSignature,
}
