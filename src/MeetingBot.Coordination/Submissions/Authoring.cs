using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Submissions;

/// <summary>
/// Who may write which submission: a participant of an open meeting who holds the role that owes the deliverable,
/// writing his own (members write their own material; the bot records who submitted). An outline names another
/// member as its target; nothing else has a target.
/// </summary>
internal static class Authoring
{
    public static Outcome<DeliverableDefinition> Check(
        Meeting meeting, ProcessTemplate template, Submission? existing, Actor actor, string deliverableId, string? targetId, long expectedVersion)
    {
        if ((Access.AsParticipant(meeting, actor) ?? Access.WhileOpen(meeting) ?? MeetingChanges.SameTemplate(meeting, template)) is { } refusal)
        {
            return refusal;
        }

        var deliverable = template.FindDeliverable(deliverableId);
        if (deliverable is null)
        {
            return Failure.NotFound(FailureCodes.DeliverableNotFound, ("deliverable", deliverableId));
        }

        if (deliverable.Kind is DeliverableKind.TalkRecord or DeliverableKind.CollectiveMaterial)
        {
            // These have their own aggregates and commands (RecordTalk, the collective material's commands).
            return Failure.Invalid(FailureCodes.WrongContent);
        }

        if (existing is not null && existing.AuthorId != actor.UserId)
        {
            return Failure.Forbidden(FailureCodes.AuthorOnly);
        }

        if (!meeting.Holds(actor.UserId, deliverable.Owner))
        {
            return Failure.Forbidden(FailureCodes.NotOwed, ("role", deliverable.Owner.ToString()));
        }

        if ((CheckTarget(meeting, deliverable, actor, targetId) ?? Access.AtVersion(expectedVersion, existing?.Version ?? 0)) is { } failure)
        {
            return failure;
        }

        return deliverable;
    }

    private static Failure? CheckTarget(Meeting meeting, DeliverableDefinition deliverable, Actor actor, string? targetId)
    {
        if (deliverable.Kind != DeliverableKind.CriticismOutline)
        {
            return targetId is null ? null : Failure.Invalid(FailureCodes.TargetNotAllowed);
        }

        if (targetId is null)
        {
            return Failure.Invalid(FailureCodes.TargetRequired);
        }

        if (targetId == actor.UserId)
        {
            return Failure.Invalid(FailureCodes.TargetIsSelf);
        }

        return meeting.Holds(targetId, Role.Member) ? null : Failure.Invalid(FailureCodes.NotAMember, ("name", meeting.NameOf(targetId)));
    }
}
