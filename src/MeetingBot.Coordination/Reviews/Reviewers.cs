using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Reviews;

/// <summary>
/// Who reviews an item, by the template's <see cref="DeliverableDefinition.ReviewerRules"/>: the rule of the author's
/// most senior role (the lead is also a member, and the lead's rule wins), else the lead. The item is with the holders
/// of the rule's first role that anyone holds, or with the one person it was handed to (转交). Where rules exist an author never reviews
/// his own item, so the lead's material is decided by the supervisors, not by himself.
/// </summary>
public static class Reviewers
{
    private static readonly Role[] Seniority = [Role.Lead, Role.Secretary, Role.Supervisor, Role.Superior, Role.DepartmentHead, Role.Member];

    private static readonly IReadOnlyList<Role> LeadOnly = [Role.Lead];

    /// <summary>The roles that may review this author's items, the first being whom they go to.</summary>
    public static IReadOnlyList<Role> RolesFor(Meeting meeting, DeliverableDefinition deliverable, string authorId)
    {
        foreach (var role in Seniority)
        {
            if (meeting.Holds(authorId, role) && deliverable.ReviewerRules.FirstOrDefault(r => r.Author == role) is { } rule)
            {
                return rule.Reviewers;
            }
        }

        return LeadOnly;
    }

    /// <summary>Whom the item is with now: the person it was handed to, or every holder of the first reviewer role.</summary>
    public static IReadOnlyList<Participant> Current(Meeting meeting, DeliverableDefinition deliverable, Submission submission) =>
        Current(meeting, deliverable, submission.AuthorId, submission.AssignedReviewerId);

    /// <summary>
    /// Whom an item of <paramref name="authorId"/> is with now (a submission, or the collective material whose author is
    /// the lead): the person it was handed to, or every holder of the first reviewer role.
    /// </summary>
    public static IReadOnlyList<Participant> Current(Meeting meeting, DeliverableDefinition deliverable, string authorId, string? assignedReviewerId)
    {
        if (assignedReviewerId is { } assigned && meeting.Find(assigned) is { } delegate_
            && Permitted(meeting, deliverable, authorId).Contains(delegate_))
        {
            return [delegate_];
        }

        return [.. meeting.With(Seated(meeting, deliverable, authorId)).Where(p => deliverable.ReviewerRules.Count == 0 || p.UserId != authorId)];
    }

    /// <summary>
    /// The reviewer role an item goes to: the rule's first role that has someone seated besides the author (a meeting set
    /// up without 督导组 sends the lead's items to the superior once one is seated), else the rule's first role.
    /// </summary>
    private static Role Seated(Meeting meeting, DeliverableDefinition deliverable, string authorId)
    {
        var roles = RolesFor(meeting, deliverable, authorId);
        return roles.FirstOrDefault(role => meeting.With(role).Any(p => deliverable.ReviewerRules.Count == 0 || p.UserId != authorId), roles[0]);
    }

    /// <summary>Everyone who may review the item (holders of any of its reviewer roles), never its author: whom it may be handed to.</summary>
    public static IReadOnlyList<Participant> Permitted(Meeting meeting, DeliverableDefinition deliverable, Submission submission) =>
        Permitted(meeting, deliverable, submission.AuthorId);

    /// <summary>Everyone who may review an item of <paramref name="authorId"/>, never the author himself.</summary>
    public static IReadOnlyList<Participant> Permitted(Meeting meeting, DeliverableDefinition deliverable, string authorId)
    {
        var roles = RolesFor(meeting, deliverable, authorId);
        return [.. meeting.Participants.Where(p => p.UserId != authorId && roles.Any(p.Holds))];
    }

    public static bool IsCurrent(Meeting meeting, DeliverableDefinition deliverable, Submission submission, string userId) =>
        Current(meeting, deliverable, submission).Any(p => p.UserId == userId);

    public static bool IsCurrent(Meeting meeting, DeliverableDefinition deliverable, string authorId, string? assignedReviewerId, string userId) =>
        Current(meeting, deliverable, authorId, assignedReviewerId).Any(p => p.UserId == userId);

    /// <summary>Whether the person reviews anything under this template: the lead, or a holder of a role some rule names.</summary>
    public static bool MayReviewAnything(Meeting meeting, ProcessTemplate template, string userId) =>
        meeting.Holds(userId, Role.Lead)
        || template.Deliverables.SelectMany(d => d.ReviewerRules).SelectMany(r => r.Reviewers).Any(role => meeting.Holds(userId, role));

    /// <summary>Whom the item waits for, as the template names the role and the people: 督导组（赵组长） / Supervision team (Zhao).</summary>
    public static BilingualText Describe(Meeting meeting, ProcessTemplate template, DeliverableDefinition deliverable, Submission submission) =>
        Describe(meeting, template, deliverable, submission.AuthorId, submission.AssignedReviewerId);

    /// <summary>Whom an item of <paramref name="authorId"/> waits for, as <see cref="Describe(Meeting, ProcessTemplate, DeliverableDefinition, Submission)"/>.</summary>
    public static BilingualText Describe(Meeting meeting, ProcessTemplate template, DeliverableDefinition deliverable, string authorId, string? assignedReviewerId)
    {
        var current = Current(meeting, deliverable, authorId, assignedReviewerId);
        var names = string.Join("、", current.Select(p => p.Name));
        var namesEn = string.Join(", ", current.Select(p => p.Name));
        if (assignedReviewerId is not null && current.Count == 1)
        {
            return new BilingualText(names, namesEn);
        }

        var role = template.NameOf(Seated(meeting, deliverable, authorId));
        return current.Count == 0
            ? role
            : new BilingualText($"{role.ZhCn}（{names}）", $"{role.En} ({namesEn})");
    }
}
