using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Submissions.Contents;

/// <summary>A member confirms he attends, or gives the reason he cannot; attending members count towards the quorum.</summary>
public sealed record AttendanceConfirmation(bool Attending, string? AbsenceReason) : SubmissionContent
{
    public override DeliverableKind Kind => DeliverableKind.AttendanceConfirmation;
}
