namespace MeetingBot.Reports.Rendering;

/// <summary>A column's header text and width, in the width of Latin characters (a Chinese character takes two).</summary>
public sealed record LedgerColumn(string Header, double Width);
