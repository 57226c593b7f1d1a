using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Rectification;

/// <summary>
/// The public board's read model (公示): the meeting's header and progress and the published tasks with their status
/// today, plus counts. It never holds outlines, talk notes, materials, minutes or evidence.
/// </summary>
public sealed record RectificationBoardView(
    string MeetingId,
    BilingualText TemplateName,
    string Theme,
    DateTime LocalStart,
    string TimeZoneId,
    MeetingStatus Status,
    BoardProgress Progress,
    IReadOnlyList<BoardTask> Tasks)
{
    public int Count(RectificationStatus status) => Tasks.Count(t => t.Status == status);
}
