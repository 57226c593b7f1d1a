namespace MeetingBot.Coordination.Templates;

/// <summary>The date and theme are reported to the higher organisation at least <paramref name="DaysAhead"/> days before the meeting.</summary>
public sealed record ReportUpwardRule(string DeliverableId, int DaysAhead);
