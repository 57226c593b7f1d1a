namespace MeetingBot.Coordination.Meetings;

/// <summary>When a deliverable is due for this meeting, as an instant and as the local time people are told.</summary>
public sealed record Deadline(string DeliverableId, DateTimeOffset Due, DateTime LocalDue);
