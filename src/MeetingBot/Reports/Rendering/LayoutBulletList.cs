namespace MeetingBot.Reports.Rendering;

/// <summary>Items without an order.</summary>
public sealed record LayoutBulletList(IReadOnlyList<string> Items) : LayoutBlock;
