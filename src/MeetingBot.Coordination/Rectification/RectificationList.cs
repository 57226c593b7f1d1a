using System.Text.Json.Serialization;
using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Coordination.Rectification;

/// <summary>
/// The rectification task list with its timetable (整改任务书、时间表), one document under
/// <see cref="DocumentId.Rectification"/>: the secretary adds tasks and publishes the list, owners report progress.
/// Tasks are never deleted: a withdrawn one moves to <see cref="Withdrawn"/> with its reason; every publication is kept.
/// </summary>
public sealed record RectificationList(
    string MeetingId,
    IReadOnlyList<RectificationTask> Tasks,
    IReadOnlyList<RectificationPublication> Publications,
    long Version,
    IReadOnlyList<AuditEntry> History,
    IReadOnlyList<WithdrawnTask>? Withdrawn = null)
{
    /// <summary>Tasks withdrawn with a reason: off the list, the board and the reminders, kept for the record.</summary>
    public IReadOnlyList<WithdrawnTask> Withdrawn { get; init; } = Withdrawn ?? [];

    public IReadOnlyList<RectificationTask> Tasks { get; init; } = Tasks ?? [];

    public IReadOnlyList<RectificationPublication> Publications { get; init; } = Publications ?? [];

    public IReadOnlyList<AuditEntry> History { get; init; } = History ?? [];

    /// <summary>Which document it is; where it is stored is the repository's business, so it is never written into the document.</summary>
    [JsonIgnore]
    public DocumentId Id => DocumentId.Rectification(MeetingId);

    public RectificationPublication? LatestPublication => Publications.Count == 0 ? null : Publications[^1];

    /// <summary>The tasks the latest publication made public (none before the first).</summary>
    public IReadOnlyList<RectificationTask> Published =>
        LatestPublication is { } publication ? [.. Tasks.Where(t => publication.TaskNumbers.Contains(t.Number))] : [];

    /// <summary>Tasks not done yet: they carry over to the next meeting's review (回头看).</summary>
    public IReadOnlyList<RectificationTask> Open => [.. Tasks.Where(t => t.State != RectificationTaskState.Done)];

    public RectificationTask? Find(int number) => Tasks.FirstOrDefault(t => t.Number == number);

    /// <summary>The number the next task gets: numbers are never reused, not even a withdrawn task's.</summary>
    public int NextNumber => Tasks.Select(t => t.Number).Concat(Withdrawn.Select(w => w.Task.Number)).DefaultIfEmpty(0).Max() + 1;

    internal RectificationList Replacing(RectificationTask task) => this with { Tasks = [.. Tasks.Select(t => t.Number == task.Number ? task : t)] };

    internal static RectificationList New(string meetingId) => new(meetingId, [], [], 0, []);

    internal RectificationList Changed(Actor actor, DateTimeOffset now, string action, string? detail) =>
        this with
        {
            Version = Version + 1,
            History = [.. History, new AuditEntry(Version + 1, now, actor.UserId, action, Id.ToString(), detail)],
        };
}
