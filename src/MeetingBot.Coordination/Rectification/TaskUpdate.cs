using MeetingBot.Coordination.Submissions.Contents;

namespace MeetingBot.Coordination.Rectification;

/// <summary>
/// One step of a task: the owner's progress report or completion (with its evidence, 佐证: text and/or an uploaded
/// file), the acceptance (验收) or the sending back with its reason, by whoever did it.
/// </summary>
public sealed record TaskUpdate(DateTimeOffset At, string ByUserId, RectificationTaskState State, string? Note, string? Evidence, UploadedDocument? EvidenceDocument = null);
