namespace MeetingBot.Reports.Rendering;

/// <summary>One block of a section's body: a paragraph, a numbered or bullet list, or a table.</summary>
public abstract record LayoutBlock;
