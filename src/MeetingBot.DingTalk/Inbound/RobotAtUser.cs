namespace MeetingBot.DingTalk.Inbound;

/// <summary>Someone @mentioned in a group message: staffId only for people of the same organisation.</summary>
public sealed record RobotAtUser(string? DingtalkId, string? StaffId);
