using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;

namespace MeetingBot.Coordination.CollectiveMaterials;

/// <summary>A member comments on the circulated version, or states he has no comment (an empty comment).</summary>
public sealed record CommentOnCollectiveMaterial(long ExpectedVersion, string? Comment)
{
    public Outcome<MaterialComment> Decide(Meeting meeting, CollectiveMaterial? material, MaterialComment? existing, Actor actor, DateTimeOffset now)
    {
        if ((Access.AsParticipant(meeting, actor) ?? Access.WhileOpen(meeting)) is { } refusal)
        {
            return refusal;
        }

        if (!MaterialAuthoring.Commenters(meeting).Any(m => m.UserId == actor.UserId))
        {
            return Access.Refuse(meeting, FailureCodes.MembersOnly);
        }

        if (Access.AtVersion(ExpectedVersion, existing?.Version ?? 0) is { } stale)
        {
            return stale;
        }

        if (material?.State != MaterialState.Circulated || material.Latest is not { } latest)
        {
            return Failure.Conflict(material?.State == MaterialState.Finalised ? FailureCodes.MaterialFinalised : FailureCodes.MaterialNotCirculated);
        }

        var comment = existing ?? new MaterialComment(meeting.Id, actor.UserId, [], 0, []);
        var noComment = string.IsNullOrWhiteSpace(Comment);
        var version = comment.Version + 1;
        return comment with
        {
            Responses = [.. comment.Responses, new MaterialResponse(latest.Number, now, noComment, noComment ? null : Comment!.Trim())],
            Version = version,
            History = [.. comment.History, new AuditEntry(version, now, actor.UserId, AuditActions.MaterialCommented, comment.Id.ToString(), $"v{latest.Number}")],
        };
    }
}
