using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Coordination.Rectification;

/// <summary>
/// One rectification task (整改任务): the problem it answers, the measure, its owner, its due date in the meeting's
/// zone, its state and every progress report. A task is due by the end of its due date.
/// </summary>
public sealed record RectificationTask(
    int Number,
    string Problem,
    string Measure,
    string OwnerId,
    DateOnly DueDate,
    RectificationTaskState State,
    IReadOnlyList<TaskUpdate> Updates,
    DateTimeOffset CreatedAt,
    bool Immediate = false)
{
    public IReadOnlyList<TaskUpdate> Updates { get; init; } = Updates ?? [];

    /// <summary>The evidence given when the task was completed (and accepted).</summary>
    public string? Evidence => State == RectificationTaskState.Done && Updates.LastOrDefault(u => u.State == RectificationTaskState.Done) is { } done
        ? done.Evidence ?? done.EvidenceDocument?.FileName
        : null;

    /// <summary>The owner's latest report of completion, while it waits for acceptance or once accepted.</summary>
    public TaskUpdate? Completion => State is RectificationTaskState.AwaitingAcceptance or RectificationTaskState.Done
        ? Updates.LastOrDefault(u => u.State == RectificationTaskState.AwaitingAcceptance)
        : null;

    /// <summary>The owner still has work to do: reminders go only while it is open or in progress.</summary>
    public bool OwnerOwes => State is RectificationTaskState.Open or RectificationTaskState.InProgress;

    public DateTimeOffset? CompletedAt => State == RectificationTaskState.Done ? Updates.LastOrDefault(u => u.State == RectificationTaskState.Done)?.At : null;

    /// <summary>The end of the due date in the meeting's zone: overdue from then on.</summary>
    public DateTimeOffset DueAt(TimeZoneInfo zone) => WallClock.ToInstant(DueDate.AddDays(1).ToDateTime(TimeOnly.MinValue), zone);

    public RectificationStatus StatusAt(DateTimeOffset now, TimeZoneInfo zone) => State switch
    {
        RectificationTaskState.Done => RectificationStatus.Done,
        // Reported done: what is left is the acceptance, not the owner's work, so it is not counted overdue.
        RectificationTaskState.AwaitingAcceptance => RectificationStatus.InProgress,
        _ when now >= DueAt(zone) => RectificationStatus.Overdue,
        RectificationTaskState.InProgress => RectificationStatus.InProgress,
        _ => RectificationStatus.Open,
    };
}
