namespace MeetingBot.Channels.DingTalk.Inbound;

public sealed record RobotText(string? Content);
