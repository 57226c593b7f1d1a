using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Opinions;

/// <summary>
/// Files the opinions assigned to a member in his problem list document, so they stand there beside his own problems
/// with his answers (认账 or 说明). The collection decides (the office sorts, he answers); this keeps his document in
/// step after each of those changes. Only the list of filed opinions changes: handed-in versions and his draft are
/// his, so filing never touches them, and works whatever state the list is in (a member with no list yet gets one).
/// </summary>
public sealed record FileOpinions(long ExpectedVersion, string MemberId)
{
    public Outcome<Submission> Decide(Meeting meeting, ProcessTemplate template, Submission? stored, OpinionCollection? collection, Actor actor, DateTimeOffset now)
    {
        if (template.Deliverables.FirstOrDefault(d => d.Kind == DeliverableKind.ProblemList) is not { } deliverable)
        {
            return Failure.NotFound(FailureCodes.DeliverableNotFound);
        }

        if (meeting.Find(MemberId) is null)
        {
            return Failure.NotFound(FailureCodes.NotAParticipant);
        }

        if (Access.AtVersion(ExpectedVersion, stored?.Version ?? 0) is { } stale)
        {
            return stale;
        }

        var filed = Of(collection, MemberId);
        var current = stored ?? Submission.New(meeting.Id, deliverable, MemberId, null);
        if (current.Opinions.SequenceEqual(filed))
        {
            return Failure.Conflict(FailureCodes.OpinionsAlreadyFiled);
        }

        return (current with { Opinions = filed })
            .Changed(actor, now, AuditActions.OpinionsFiled, string.Join(",", filed.Select(f => OpinionRules.Number(f.Number))));
    }

    /// <summary>What the member's problem list should hold: the opinions he answers, in number order.</summary>
    public static IReadOnlyList<FiledOpinion> Of(OpinionCollection? collection, string memberId) =>
        [.. OpinionVisibility.AssignedTo(collection, memberId).Select(FiledOpinion.Of)];

    /// <summary>
    /// The members whose problem list a change of the collection touches: whoever had or now has an opinion to answer
    /// that was added, taken away or changed.
    /// </summary>
    public static IReadOnlyList<string> Touched(OpinionCollection? before, OpinionCollection after) =>
        [.. (before?.Opinions ?? []).Concat(after.Opinions).Select(o => o.AssigneeId).OfType<string>().Distinct(StringComparer.Ordinal)
            .Where(id => !Of(before, id).SequenceEqual(Of(after, id)))];

    /// <summary>Which document is the problem list (the template's first), null when the template has none.</summary>
    public static DocumentId? IdOf(Meeting meeting, ProcessTemplate template, string memberId) => ReviewQueue.ProblemListId(meeting, template, memberId);
}
