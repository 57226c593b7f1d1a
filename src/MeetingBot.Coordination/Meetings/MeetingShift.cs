namespace MeetingBot.Coordination.Meetings;

/// <summary>
/// The meeting moved by whole days (推迟一周, 往后推两天, 提前一天开): counted from the meeting's own date at the same
/// time of day, never from today, so 推迟一周 of a meeting on the 15th at 9:00 is the 22nd at 9:00 whenever it is said.
/// <see cref="RescheduleMeeting"/> then decides on that time like on any other.
/// </summary>
/// <param name="Days">Later when positive, earlier when negative.</param>
public sealed record MeetingShift(int Days)
{
    public DateTime StartOf(Meeting meeting) => DateTime.SpecifyKind(meeting.LocalStart.AddDays(Days), DateTimeKind.Unspecified);
}
