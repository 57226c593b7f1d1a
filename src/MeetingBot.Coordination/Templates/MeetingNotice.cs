namespace MeetingBot.Coordination.Templates;

/// <summary>The notice of time and place sent to every participant before the meeting.</summary>
public sealed record MeetingNotice(IReadOnlyList<int> DaysBefore, TimeOnly? OnDayAt);
