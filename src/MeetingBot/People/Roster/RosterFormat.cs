namespace MeetingBot.People.Roster;

/// <summary>The file formats a 花名册 is read from and written to.</summary>
public enum RosterFormat
{
    Xlsx,
    Csv,
}

public static class RosterFormats
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvContentType = "text/csv; charset=utf-8";

    /// <returns>The format a file name says, or null for any other extension.</returns>
    public static RosterFormat? FromFileName(string? fileName) => Path.GetExtension(fileName?.Trim() ?? string.Empty).ToLowerInvariant() switch
    {
        ".xlsx" => RosterFormat.Xlsx,
        ".csv" => RosterFormat.Csv,
        _ => null,
    };

    public static string ContentType(RosterFormat format) => format == RosterFormat.Xlsx ? XlsxContentType : CsvContentType;
}
