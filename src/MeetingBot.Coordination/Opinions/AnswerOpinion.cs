using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;

namespace MeetingBot.Coordination.Opinions;

/// <summary>
/// The member answers an opinion assigned to him: 认账 (a note optional) or 说明情况 (a note required). He may answer
/// again to change it; only he may answer, and only while it is his to answer.
/// </summary>
public sealed record AnswerOpinion(long ExpectedVersion, int Number, OpinionAnswerKind Kind, string? Note)
{
    public Outcome<OpinionCollection> Decide(Meeting meeting, OpinionCollection? stored, Actor actor, DateTimeOffset now)
    {
        var current = stored ?? OpinionCollection.New(meeting.Id);
        if ((Access.AsParticipant(meeting, actor) ?? Access.WhileOpen(meeting) ?? Access.AtVersion(ExpectedVersion, current.Version)) is { } refusal)
        {
            return refusal;
        }

        // One he may not see reads as missing, so a number tells nothing about opinions of others.
        if (current.Find(Number) is not { } found || !OpinionVisibility.CanSee(meeting, found, actor.UserId))
        {
            return Failure.NotFound(FailureCodes.OpinionNotFound, ("number", OpinionRules.Number(Number)));
        }

        var standing = OpinionRules.Standing(current, Number);
        if (!standing.IsSuccess)
        {
            return standing.Failure;
        }

        var opinion = standing.Value;
        if (opinion.AssigneeId != actor.UserId)
        {
            return Failure.Forbidden(FailureCodes.OpinionAssigneeOnly);
        }

        if (!opinion.IsForAnswer)
        {
            return Failure.Conflict(FailureCodes.OpinionNotForAnswer, ("number", OpinionRules.Number(Number)));
        }

        var note = OpinionRules.Clean(Note);
        if (Kind == OpinionAnswerKind.Explained && note is null)
        {
            return Failure.Invalid(FailureCodes.OpinionExplanationRequired);
        }

        if (note is { Length: > OpinionCollection.MaxNoteLength })
        {
            return Failure.Invalid(FailureCodes.OpinionTooLong, ("max", OpinionRules.Number(OpinionCollection.MaxNoteLength)));
        }

        return current.Replacing(opinion with { Answer = new OpinionAnswer(Kind, note, now) })
            .Changed(actor.UserId, now, AuditActions.OpinionAnswered, $"{OpinionRules.Number(Number)} {Kind}");
    }
}
