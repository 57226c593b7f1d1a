namespace MeetingBot.DingTalk.Inbound;

/// <summary>What became of one inbound message or card press.</summary>
public enum InboundResult
{
    /// <summary>A turn ran for it.</summary>
    Processed,

    /// <summary>Not JSON, or missing what every message must carry: nothing done.</summary>
    Malformed,

    /// <summary>A kind the bot does not read (a picture, a file, a group it does not serve): nothing done.</summary>
    Ignored,
}
