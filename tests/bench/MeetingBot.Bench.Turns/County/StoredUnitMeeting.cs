using System.Text.Json;
using Npgsql;

namespace MeetingBot.Bench.Turns.County;

/// <summary>
/// Each unit's meeting as PostgreSQL holds it, read straight from the state table (not through the service), for
/// the overview's figures to be checked against: the stored meeting, whether its date and theme were reported
/// upward, whether the special report exists, and its rectification tasks.
/// </summary>
/// <param name="Status">The stored status (<c>preparing</c>, <c>confirmed</c>, <c>cancelled</c>, <c>reporting</c>).</param>
/// <param name="ReportedOn">The report upward's day (yyyy-MM-dd) when one was handed in.</param>
public sealed record StoredUnitMeeting(
    string MeetingId, string Unit, string Theme, string Status, string? HeldAt, string? ReportedOn, string? ReportedTheme,
    bool HasSpecialReport, int TasksTotal, int TasksDone)
{
    public const string ReportUpwardDeliverable = "report-upward";

    public static async Task<List<StoredUnitMeeting>> ReadAsync(string connectionString)
    {
        var documents = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT key, body FROM meetingbot_state WHERE key LIKE 'meetings/%'", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                using var body = JsonDocument.Parse(reader.GetString(1));
                documents[reader.GetString(0)] = body.RootElement.Clone();
            }
        }

        var meetings = new List<StoredUnitMeeting>();
        foreach (var (key, meeting) in documents.Where(d => d.Key.EndsWith("/meeting", StringComparison.Ordinal) && d.Key.Count(c => c == '/') == 2))
        {
            var id = key.Split('/')[1];
            var prefix = $"meetings/{id}/";
            var report = documents
                .Where(d => d.Key.StartsWith(prefix + "submissions/" + ReportUpwardDeliverable + "/", StringComparison.Ordinal))
                .Select(d => Latest(d.Value))
                .OfType<JsonElement>()
                .OrderByDescending(c => Text(c, "reportedOn"), StringComparer.Ordinal)
                .FirstOrDefault();
            var tasks = documents.TryGetValue(prefix + "rectification", out var list) && list.TryGetProperty("tasks", out var t) ? [.. t.EnumerateArray()] : new List<JsonElement>();
            meetings.Add(new StoredUnitMeeting(
                id,
                Text(meeting, "unit") ?? string.Empty,
                Text(meeting, "theme") ?? string.Empty,
                StatusOf(meeting),
                Text(meeting, "heldAt"),
                report.ValueKind == JsonValueKind.Object ? Text(report, "reportedOn") : null,
                report.ValueKind == JsonValueKind.Object ? Text(report, "reportedTheme") : null,
                documents.ContainsKey(prefix + "special-report"),
                tasks.Count,
                tasks.Count(task => string.Equals(Text(task, "state"), "Done", StringComparison.OrdinalIgnoreCase))));
        }

        return meetings;
    }

    // A submission keeps its versions; the latest handed-in one is what the superior received.
    private static JsonElement? Latest(JsonElement submission) =>
        submission.TryGetProperty("versions", out var versions) && versions.ValueKind == JsonValueKind.Array && versions.GetArrayLength() > 0
            && versions[versions.GetArrayLength() - 1].TryGetProperty("content", out var content)
            ? content
            : null;

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // Stored by the enum's name (Preparing, Confirmed, Cancelled, Reporting).
    private static string StatusOf(JsonElement meeting) => (Text(meeting, "status") ?? "Preparing").ToLowerInvariant();
}
