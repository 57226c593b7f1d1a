using MeetingBot.BotFramework.Storage;

namespace MeetingBot.Delivery.FanOut;

/// <summary>The fan-out runs in storage, one document each, every change conditional on its ETag.</summary>
public sealed class FanOutRuns(IStorage storage)
{
    public static string Prefix(string? meetingId = null) => meetingId is null ? "fanouts/" : $"fanouts/{meetingId}/";

    public static string KeyOf(string meetingId, string runId) => $"{Prefix(meetingId)}{runId}";

    public async Task CreateAsync(FanOutRun run, CancellationToken cancellationToken) =>
        await storage.WriteAsync(KeyOf(run.MeetingId, run.RunId), run, WriteCondition.IfAbsent, cancellationToken);

    public async Task<FanOutRun?> GetAsync(string meetingId, string runId, CancellationToken cancellationToken) =>
        (await storage.ReadAsync<FanOutRun>(KeyOf(meetingId, runId), cancellationToken))?.Value;

    /// <summary>Every run of one meeting (or of all meetings), oldest first: run ids start with their start time.</summary>
    public async Task<IReadOnlyList<FanOutRun>> ListAsync(string? meetingId, CancellationToken cancellationToken)
    {
        var documents = await storage.ListAsync(Prefix(meetingId), cancellationToken);
        return
        [
            .. documents.OrderBy(d => d.Key, StringComparer.Ordinal)
                .Select(d => System.Text.Json.JsonSerializer.Deserialize<FanOutRun>(d.Json, BotFramework.Storage.StorageJson.Options)!),
        ];
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the stored run (null: leave it) and writes it conditionally, re-reading
    /// after a lost race. Returns the run as written, or as stored when nothing changed.
    /// </summary>
    public async Task<(FanOutRun? Run, bool Written)> UpdateAsync(string meetingId, string runId, Func<FanOutRun, FanOutRun?> change, CancellationToken cancellationToken)
    {
        // A lost race (the secretary asked to cancel, or the watch marked a stall) applies ours on top of theirs.
        var updated = await storage.UpdateAsync<FanOutRun>(KeyOf(meetingId, runId), current => current is null ? null : change(current), cancellationToken);
        return (updated.Value, updated.Written);
    }
}
