using MeetingBot.BotFramework.Storage;

namespace MeetingBot.Reminders;

/// <summary>
/// The index of meetings with reminders still to fire, so start-up reconciles those and never lists every document
/// under <c>meetings/</c>. One small marker document per meeting (<c>index/active-meetings/{id}</c>), so meetings
/// changing at once never contend for one document and no retry is needed. <see cref="ReminderSchedule"/> keeps it in
/// step: every create, change, cancellation or close of a meeting reconciles its triggers, and that marks the
/// meeting active while its plan has anything left to fire and removes the marker once it has not.
/// </summary>
public sealed class ActiveMeetings(IStorage storage, TimeProvider time)
{
    public const string Prefix = "index/active-meetings/";

    /// <summary>Present once the index was built from every stored meeting; before that it cannot be trusted.</summary>
    public const string BuiltKey = "index/active-meetings-built";

    public static string KeyOf(string meetingId) => Prefix + meetingId;

    /// <summary>The meeting's marker as stored, with its ETag; null when the meeting is not in the index.</summary>
    public Task<Stored<ActiveMeeting>?> GetAsync(string meetingId, CancellationToken cancellationToken) =>
        storage.ReadAsync<ActiveMeeting>(KeyOf(meetingId), cancellationToken);

    /// <summary>
    /// Puts the meeting in the index with the fingerprint of its stored plan (null: not stored yet), or takes it out
    /// when it has nothing left to fire; conditional on the marker as <paramref name="current"/> read it.
    /// </summary>
    /// <returns>The marker now stored; null when there is none, or another reconcile wrote it first.</returns>
    public async Task<Stored<ActiveMeeting>?> MarkAsync(string meetingId, Stored<ActiveMeeting>? current, bool active, string? plan, CancellationToken cancellationToken)
    {
        var key = KeyOf(meetingId);
        try
        {
            if (active && current is null)
            {
                var marker = new ActiveMeeting(ActiveMeeting.CurrentVersion, meetingId, time.GetUtcNow()) { Plan = plan };
                return new Stored<ActiveMeeting>(marker, await storage.WriteAsync(key, marker, WriteCondition.IfAbsent, cancellationToken));
            }

            if (active && current!.Value.Plan != plan)
            {
                var marker = current.Value with { Plan = plan };
                return new Stored<ActiveMeeting>(marker, await storage.WriteAsync(key, marker, WriteCondition.IfMatch(current.ETag), cancellationToken));
            }

            if (!active && current is not null)
            {
                await storage.DeleteAsync(key, WriteCondition.IfMatch(current.ETag), cancellationToken);
                return null;
            }

            return current;
        }
        catch (StorageConflictException)
        {
            // Another reconcile of the same meeting got there first; it read the meeting as stored too.
            return null;
        }
    }

    /// <summary>Whether the index was built from every stored meeting (see <see cref="MarkBuiltAsync"/>); until then it cannot be trusted.</summary>
    public async Task<bool> IsBuiltAsync(CancellationToken cancellationToken) =>
        await storage.ReadAsync(BuiltKey, cancellationToken) is not null;

    /// <summary>The active meetings' ids: one listing of the small markers.</summary>
    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await storage.ListAsync(Prefix, cancellationToken)).Select(d => d.Key[Prefix.Length..])];

    public async Task MarkBuiltAsync(int meetings, int active, CancellationToken cancellationToken)
    {
        try
        {
            await storage.WriteAsync(BuiltKey, new ActiveMeetingsBuilt(ActiveMeetingsBuilt.CurrentVersion, time.GetUtcNow(), meetings, active), WriteCondition.IfAbsent, cancellationToken);
        }
        catch (StorageConflictException)
        {
            // Another instance built it at the same start-up.
        }
    }
}
