namespace MeetingBot.Meetings.Documents;

/// <summary>
/// Where the files the bot renders for a meeting live in the document store: the special report per report version
/// ("draft" before the first hand-in, after which each stored render of it is a new store version) and format, and
/// the ledger. Parsed back when a download link is presented.
/// </summary>
public static class MeetingFileKeys
{
    private const string Root = "meetings/";
    private const string ReportFolder = "/files/special-report/";
    private const string LedgerFile = "/files/ledger.xlsx";

    /// <param name="reportVersion">The report version the file renders; null for a draft composed from the records.</param>
    public static string Report(string meetingId, int? reportVersion, string extension) =>
        Root + meetingId + ReportFolder + (reportVersion is { } v ? "v" + v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "draft") + "." + extension;

    public static string Ledger(string meetingId) => Root + meetingId + LedgerFile;

    /// <summary>The meeting a report file's key belongs to; false for any other key.</summary>
    public static bool TryReadReport(string documentKey, out string meetingId) => TryRead(documentKey, ReportFolder, endsHere: false, out meetingId);

    /// <summary>The meeting a ledger's key belongs to; false for any other key.</summary>
    public static bool TryReadLedger(string documentKey, out string meetingId) => TryRead(documentKey, LedgerFile, endsHere: true, out meetingId);

    private static bool TryRead(string documentKey, string marker, bool endsHere, out string meetingId)
    {
        meetingId = string.Empty;
        if (!documentKey.StartsWith(Root, StringComparison.Ordinal))
        {
            return false;
        }

        var at = documentKey.IndexOf(marker, Root.Length, StringComparison.Ordinal);
        if (at <= Root.Length || documentKey.AsSpan(Root.Length, at - Root.Length).Contains('/')
            || (endsHere ? at + marker.Length != documentKey.Length : documentKey.AsSpan(at + marker.Length).Contains('/')))
        {
            return false;
        }

        meetingId = documentKey[Root.Length..at];
        return true;
    }
}
