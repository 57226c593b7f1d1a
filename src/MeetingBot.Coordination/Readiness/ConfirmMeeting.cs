using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Readiness;

/// <summary>
/// Confirms the meeting through the readiness gate. While preparation is incomplete the answer is NotReady with
/// the readiness report (what is missing and whose); only the lead may go ahead anyway, by giving a reason, which
/// is recorded on the confirmation and in the audit trail.
/// </summary>
/// <param name="OverrideReason">The lead's reason for confirming an unready meeting; none for a normal confirmation.</param>
public sealed record ConfirmMeeting(long ExpectedVersion, string? OverrideReason)
{
    public Outcome<Meeting> Decide(MeetingDossier dossier, ProcessTemplate template, Actor actor, DateTimeOffset now)
    {
        var meeting = dossier.Meeting;
        var overriding = OverrideReason is not null;
        var refusal = overriding ? Access.AsLead(meeting, actor) : Access.AsSecretaryOrLead(meeting, actor);
        refusal ??= MeetingChanges.SameTemplate(meeting, template);
        if (refusal is null && meeting.Status == MeetingStatus.Confirmed)
        {
            refusal = Failure.Conflict(FailureCodes.AlreadyConfirmed);
        }

        if (refusal is null && meeting.Status == MeetingStatus.Reporting)
        {
            refusal = Failure.Conflict(FailureCodes.AlreadyHeld);
        }

        if (refusal is null && overriding && string.IsNullOrWhiteSpace(OverrideReason))
        {
            refusal = Failure.Invalid(FailureCodes.OverrideReasonRequired);
        }

        var readiness = ReadinessAssessment.Assess(dossier, template, now);
        var overridden = overriding && !readiness.IsReady;
        var action = overridden ? AuditActions.MeetingConfirmedByOverride : AuditActions.MeetingConfirmed;
        return MeetingChanges.Apply(meeting, refusal, actor, ExpectedVersion, now, action, overridden ? OverrideReason!.Trim() : null, current =>
        {
            if (!readiness.IsReady && !overriding)
            {
                return Failure.NotReady(readiness);
            }

            var confirmation = new MeetingConfirmation(now, actor.UserId, overridden, overridden ? OverrideReason!.Trim() : null,
                overridden ? readiness.Gaps.Count : 0);
            return current with { Status = MeetingStatus.Confirmed, Confirmation = confirmation };
        });
    }
}
