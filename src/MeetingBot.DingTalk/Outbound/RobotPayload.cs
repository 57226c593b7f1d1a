namespace MeetingBot.DingTalk.Outbound;

/// <summary>One robot message as the send APIs take it: a <c>msgKey</c> and its <c>msgParam</c> (a JSON string).</summary>
public sealed record RobotPayload(string MsgKey, string MsgParam);
