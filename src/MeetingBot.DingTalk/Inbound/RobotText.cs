namespace MeetingBot.DingTalk.Inbound;

public sealed record RobotText(string? Content);
