namespace MeetingBot.Reports.Rendering;

/// <summary>One typed cell: text, a number, a date or a date with time, each stored as Excel stores that kind.</summary>
public abstract record LedgerCell
{
    public static LedgerCell Of(string text) => new LedgerText(text);

    public static LedgerCell Of(decimal number) => new LedgerNumber(number);

    public static LedgerCell Of(DateOnly date) => new LedgerDate(date);
}
