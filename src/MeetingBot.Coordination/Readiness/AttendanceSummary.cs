namespace MeetingBot.Coordination.Readiness;

/// <summary>How many members confirmed attendance, are absent with a reason, or have not answered, against the quorum.</summary>
public sealed record AttendanceSummary(int Members, int Attending, int Absent, int NotAnswered, int Required, string Fraction)
{
    public bool QuorumReached => Attending >= Required;
}
