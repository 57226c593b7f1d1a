namespace MeetingBot.Reports.Rendering;

/// <summary>Items numbered 1. 2. 3. in order (in Chinese documents the third level, after 一、 and （一）).</summary>
public sealed record LayoutNumberedList(IReadOnlyList<string> Items) : LayoutBlock;
