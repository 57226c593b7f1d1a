namespace MeetingBot.Reports.Rendering;

/// <summary>A paragraph of body text; a line break inside it stays a line break, not a new paragraph.</summary>
public sealed record LayoutParagraph(string Text) : LayoutBlock;
