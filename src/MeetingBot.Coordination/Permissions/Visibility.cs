using MeetingBot.Coordination.CollectiveMaterials;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Opinions;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Talks;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Permissions;

/// <summary>
/// Who may read what (domain.md, "Privacy"). An outline: its author and the lead, and its target only once the
/// lead approved it (明示); an item the template sends to other reviewers (the lead's own material to the supervisors,
/// or one handed on by 转交) also its reviewers, when the template is given. A talk record: its two parties only. Personal material (study, problems, own
/// self-examination, notes): its author and the lead who reviews it. Organisational records (report upward,
/// 回头看, attendance): also the secretaries and supervisors. The collective material: the lead while drafting;
/// once circulated, every member, secretary and supervisor sees the circulated versions but not the lead's
/// next draft; the superior (上级, no member) only the version under his review, while it is with him. Nobody outside
/// the meeting or its tenant sees anything.
/// </summary>
public static class Visibility
{
    public static Outcome<Submission> Read(Meeting meeting, Actor actor, Submission submission, ProcessTemplate? template = null)
    {
        if (Access.AsParticipant(meeting, actor) is { } refusal)
        {
            return refusal;
        }

        if (submission.MeetingId != meeting.Id)
        {
            return Failure.NotFound(FailureCodes.SubmissionNotFound);
        }

        if (CanRead(meeting, actor.UserId, submission, template))
        {
            // Only the author sees his unsubmitted draft; the lead reviews handed-in versions. The opinions filed in a
            // problem list are the author's, the lead's and the office's only: another reviewer reads the list without them.
            return submission.AuthorId == actor.UserId ? submission
                : submission with { Draft = null, Opinions = OpinionVisibility.SeesAll(meeting, actor.UserId) ? submission.Opinions : [] };
        }

        return submission.TargetId == actor.UserId
            ? Failure.Forbidden(FailureCodes.NotYetDisclosed)
            : Failure.Forbidden(FailureCodes.NotVisible);
    }

    public static bool CanRead(Meeting meeting, string userId, Submission submission, ProcessTemplate? template = null)
    {
        if (meeting.Find(userId) is null)
        {
            return false;
        }

        if (submission.AuthorId == userId || meeting.Holds(userId, Role.Lead) || IsReviewerOf(meeting, userId, submission, template))
        {
            return true;
        }

        return submission.Kind switch
        {
            DeliverableKind.CriticismOutline => submission.TargetId == userId && submission.DisclosedAt is not null,
            DeliverableKind.ReportUpward or DeliverableKind.RectificationReview or DeliverableKind.AttendanceConfirmation =>
                meeting.Holds(userId, Role.Secretary) || meeting.Holds(userId, Role.Supervisor),
            _ => false,
        };
    }

    /// <summary>Whom the item is with for review (<see cref="Reviews.Reviewers"/>): he must read what he decides.</summary>
    public static bool IsReviewerOf(Meeting meeting, string userId, Submission submission, ProcessTemplate? template) =>
        template?.FindDeliverable(submission.DeliverableId) is { RequiresApproval: true } deliverable
        && submission.Versions.Count > 0
        && Reviews.Reviewers.IsCurrent(meeting, deliverable, submission, userId);

    public static Outcome<TalkRecord> Read(Meeting meeting, Actor actor, TalkRecord record)
    {
        if (Access.AsParticipant(meeting, actor) is { } refusal)
        {
            return refusal;
        }

        return record.MeetingId == meeting.Id && record.Pair.Includes(actor.UserId) ? record : Failure.Forbidden(FailureCodes.NotAParty);
    }

    /// <param name="template">Given, the material's reviewer (the superior, who is no member) reads it while it is with him.</param>
    public static Outcome<CollectiveMaterial> Read(Meeting meeting, Actor actor, CollectiveMaterial material, ProcessTemplate? template = null)
    {
        if (Access.AsParticipant(meeting, actor) is { } refusal)
        {
            return refusal;
        }

        if (meeting.Holds(actor.UserId, Role.Lead))
        {
            return material;
        }

        var mayRead = meeting.Holds(actor.UserId, Role.Member) || meeting.Holds(actor.UserId, Role.Secretary) || meeting.Holds(actor.UserId, Role.Supervisor)
            || CollectiveReview.IsCurrent(meeting, template, material, actor.UserId);
        return mayRead && material.Versions.Count > 0 ? material with { Draft = null } : Failure.Forbidden(FailureCodes.NotVisible);
    }

    /// <summary>A member's comments on the collective material: the member and the lead.</summary>
    public static Outcome<MaterialComment> Read(Meeting meeting, Actor actor, MaterialComment comment)
    {
        if (Access.AsParticipant(meeting, actor) is { } refusal)
        {
            return refusal;
        }

        return comment.MemberId == actor.UserId || meeting.Holds(actor.UserId, Role.Lead) ? comment : Failure.Forbidden(FailureCodes.NotVisible);
    }
}
