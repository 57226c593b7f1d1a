using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.CollectiveMaterials;

/// <summary>
/// The review of the collective material, where its deliverable has <c>approval: true</c>: the lead sends it (定稿
/// becomes 送审) and whom the template's <c>reviewers:</c> names for the lead — the supervisors (督导组) or the
/// superior (上级) — approves it, returns it with a comment or hands it on (转交). The lead never decides it himself.
/// Who reviews is <see cref="Reviewers"/>' rule, with the lead as the author.
/// </summary>
public static class CollectiveReview
{
    /// <summary>The collective material's deliverable when the template has it reviewed, else null.</summary>
    public static DeliverableDefinition? Deliverable(ProcessTemplate template) =>
        template.Deliverables.FirstOrDefault(d => d.Kind == DeliverableKind.CollectiveMaterial && d.RequiresApproval);

    /// <summary>Whether the person decides the material now: it is under review and with him.</summary>
    public static bool IsCurrent(Meeting meeting, ProcessTemplate? template, CollectiveMaterial material, string userId) =>
        material.State == MaterialState.UnderReview
        && template is not null && Deliverable(template) is { } deliverable
        && Reviewers.IsCurrent(meeting, deliverable, meeting.Lead.UserId, material.AssignedReviewerId, userId);

    /// <summary>Since when it waits for its reviewer: when it was last sent for review or handed on; null unless under review.</summary>
    public static DateTimeOffset? SentAt(CollectiveMaterial material) =>
        material.State == MaterialState.UnderReview
            ? material.History.LastOrDefault(e => e.Action is AuditActions.MaterialSentForReview or AuditActions.MaterialReviewHandedOn)?.At
            : null;

    /// <summary>Whom the material waits for: 督导组（赵组长） / Supervision team (Zhao).</summary>
    public static BilingualText Describe(Meeting meeting, ProcessTemplate template, CollectiveMaterial material) =>
        Deliverable(template) is { } deliverable
            ? Reviewers.Describe(meeting, template, deliverable, meeting.Lead.UserId, material.AssignedReviewerId)
            : template.NameOf(Role.Lead);

    /// <summary>Checks shared by approve, return and hand-on: a reviewer's decision on the material as he read it.</summary>
    public static Failure? Check(Meeting meeting, ProcessTemplate template, CollectiveMaterial? material, Actor actor, long expectedVersion)
    {
        if ((Access.AsParticipant(meeting, actor) ?? Access.WhileOpen(meeting)) is { } refusal)
        {
            return refusal;
        }

        if (Deliverable(template) is not { } deliverable || material is null || material.State != MaterialState.UnderReview)
        {
            return Failure.Conflict(FailureCodes.MaterialNotUnderReview);
        }

        if (!IsCurrent(meeting, template, material, actor.UserId))
        {
            var reviewers = Describe(meeting, template, material);
            return meeting.Holds(actor.UserId, Role.Lead)
                ? Failure.Forbidden(FailureCodes.MaterialReviewedByOthers, ("reviewers", reviewers.ZhCn), ("reviewers:en", reviewers.En))
                : Failure.Forbidden(FailureCodes.NotTheReviewer, ("author", meeting.Lead.Name),
                    ("deliverable", deliverable.Name.ZhCn), ("deliverable:en", deliverable.Name.En),
                    ("reviewers", reviewers.ZhCn), ("reviewers:en", reviewers.En));
        }

        return Access.AtVersion(expectedVersion, material.Version);
    }
}
