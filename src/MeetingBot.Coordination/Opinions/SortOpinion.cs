using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;

namespace MeetingBot.Coordination.Opinions;

/// <summary>
/// The office sorts an opinion (梳理归纳): merges it into another it duplicates, assigns it to the member who answers
/// it, or marks what checking found (属实 / 基本属实 / 不符). Each is one decision with its own trail entry.
/// </summary>
public abstract record SortOpinion(long ExpectedVersion, int Number)
{
    public Outcome<OpinionCollection> Decide(Meeting meeting, OpinionCollection? stored, Actor actor, DateTimeOffset now)
    {
        var current = stored ?? OpinionCollection.New(meeting.Id);
        if ((Access.AsSecretary(meeting, actor) ?? Access.WhileOpen(meeting) ?? Access.AtVersion(ExpectedVersion, current.Version)) is { } refusal)
        {
            return refusal;
        }

        var standing = OpinionRules.Standing(current, Number);
        return standing.IsSuccess ? Apply(meeting, current, standing.Value, actor, now) : standing.Failure;
    }

    private protected abstract Outcome<OpinionCollection> Apply(Meeting meeting, OpinionCollection collection, Opinion opinion, Actor actor, DateTimeOffset now);
}

/// <summary>合并意见 3 到 1: opinion 3 duplicates 1; its text stays on record, 1 is the one answered.</summary>
public sealed record MergeOpinion(long ExpectedVersion, int Number, int Into) : SortOpinion(ExpectedVersion, Number)
{
    private protected override Outcome<OpinionCollection> Apply(Meeting meeting, OpinionCollection collection, Opinion opinion, Actor actor, DateTimeOffset now)
    {
        if (Into == Number)
        {
            return Failure.Invalid(FailureCodes.OpinionMergeIntoItself);
        }

        var target = OpinionRules.Standing(collection, Into);
        return target.IsSuccess
            ? collection.Replacing(opinion with { MergedInto = Into, AssigneeId = null })
                .Changed(actor.UserId, now, AuditActions.OpinionMerged, $"{OpinionRules.Number(Number)}→{OpinionRules.Number(Into)}")
            : target.Failure;
    }
}

/// <summary>交办意见 3 给 李敏: the member answers it; it stands in his problem list.</summary>
public sealed record AssignOpinion(long ExpectedVersion, int Number, string AssigneeId) : SortOpinion(ExpectedVersion, Number)
{
    private protected override Outcome<OpinionCollection> Apply(Meeting meeting, OpinionCollection collection, Opinion opinion, Actor actor, DateTimeOffset now) =>
        OpinionRules.Addressee(meeting, AssigneeId) is { } refusal
            ? refusal
            : collection.Replacing(opinion with { AssigneeId = AssigneeId, Answer = opinion.AssigneeId == AssigneeId ? opinion.Answer : null })
                .Changed(actor.UserId, now, AuditActions.OpinionAssigned, $"{OpinionRules.Number(Number)} {AssigneeId}");
}

/// <summary>核实意见 3 属实: what checking found; one found 不符 leaves the assignee's list.</summary>
public sealed record MarkOpinion(long ExpectedVersion, int Number, OpinionVerdict Verdict) : SortOpinion(ExpectedVersion, Number)
{
    private protected override Outcome<OpinionCollection> Apply(Meeting meeting, OpinionCollection collection, Opinion opinion, Actor actor, DateTimeOffset now) =>
        collection.Replacing(opinion with { Verdict = Verdict })
            .Changed(actor.UserId, now, AuditActions.OpinionMarked, $"{OpinionRules.Number(Number)} {Verdict}");
}
