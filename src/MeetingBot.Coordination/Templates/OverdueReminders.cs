namespace MeetingBot.Coordination.Templates;

/// <summary>A daily reminder at a local time while a deliverable is overdue, at most <paramref name="MaxCount"/> times.</summary>
public sealed record OverdueReminders(TimeOnly DailyAt, int MaxCount);
