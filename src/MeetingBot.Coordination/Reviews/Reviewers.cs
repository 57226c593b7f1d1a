using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Reviews;

/// <summary>
/// Who reviews an item, by the template's <see cref="DeliverableDefinition.ReviewerRules"/>: the rule of the author's
/// most senior role (the lead is also a member, and the lead's rule wins), else the lead. The item is with the holders
/// of the rule's first role, or with the one person it was handed to (转交). Where rules exist an author never reviews
/// his own item, so the lead's material is decided by the supervisors, not by himself.
/// </summary>
public static class Reviewers
{
    private static readonly Role[] Seniority = [Role.Lead, Role.Secretary, Role.Supervisor, Role.DepartmentHead, Role.Member];

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
    public static IReadOnlyList<Participant> Current(Meeting meeting, DeliverableDefinition deliverable, Submission submission)
    {
        if (submission.AssignedReviewerId is { } assigned && meeting.Find(assigned) is { } delegate_
            && Permitted(meeting, deliverable, submission).Contains(delegate_))
        {
            return [delegate_];
        }

        var first = RolesFor(meeting, deliverable, submission.AuthorId)[0];
        return [.. meeting.With(first).Where(p => deliverable.ReviewerRules.Count == 0 || p.UserId != submission.AuthorId)];
    }

    /// <summary>Everyone who may review the item (holders of any of its reviewer roles), never its author: whom it may be handed to.</summary>
    public static IReadOnlyList<Participant> Permitted(Meeting meeting, DeliverableDefinition deliverable, Submission submission)
    {
        var roles = RolesFor(meeting, deliverable, submission.AuthorId);
        return [.. meeting.Participants.Where(p => p.UserId != submission.AuthorId && roles.Any(p.Holds))];
    }

    public static bool IsCurrent(Meeting meeting, DeliverableDefinition deliverable, Submission submission, string userId) =>
        Current(meeting, deliverable, submission).Any(p => p.UserId == userId);

    /// <summary>Whether the person reviews anything under this template: the lead, or a holder of a role some rule names.</summary>
    public static bool MayReviewAnything(Meeting meeting, ProcessTemplate template, string userId) =>
        meeting.Holds(userId, Role.Lead)
        || template.Deliverables.SelectMany(d => d.ReviewerRules).SelectMany(r => r.Reviewers).Any(role => meeting.Holds(userId, role));

    /// <summary>Whom the item waits for, as the template names the role and the people: 督导组（赵组长） / Supervision team (Zhao).</summary>
    public static BilingualText Describe(Meeting meeting, ProcessTemplate template, DeliverableDefinition deliverable, Submission submission)
    {
        var current = Current(meeting, deliverable, submission);
        var names = string.Join("、", current.Select(p => p.Name));
        var namesEn = string.Join(", ", current.Select(p => p.Name));
        if (submission.AssignedReviewerId is not null && current.Count == 1)
        {
            return new BilingualText(names, namesEn);
        }

        var role = template.NameOf(RolesFor(meeting, deliverable, submission.AuthorId)[0]);
        return current.Count == 0
            ? role
            : new BilingualText($"{role.ZhCn}（{names}）", $"{role.En} ({namesEn})");
    }
}
