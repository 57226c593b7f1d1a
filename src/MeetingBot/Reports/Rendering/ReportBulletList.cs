namespace MeetingBot.Reports.Rendering;

/// <summary>Items without an order.</summary>
public sealed record ReportBulletList(IReadOnlyList<string> Items) : ReportBlock;
