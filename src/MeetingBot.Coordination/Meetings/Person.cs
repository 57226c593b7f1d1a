namespace MeetingBot.Coordination.Meetings;

/// <summary>Someone named when setting up a meeting: the channel's user id and the display name to show.</summary>
public sealed record Person(string UserId, string Name);
