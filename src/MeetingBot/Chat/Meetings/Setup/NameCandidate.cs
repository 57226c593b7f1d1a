namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>One directory person a typed name may mean: the meeting's id for them, their name, and what tells them apart.</summary>
public sealed record NameCandidate(string UserId, string Name, string Label);
