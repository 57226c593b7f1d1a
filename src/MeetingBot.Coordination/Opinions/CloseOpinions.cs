using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;

namespace MeetingBot.Coordination.Opinions;

/// <summary>The office ends the collection (or the collective material's round): the form takes nothing more; sorting goes on.</summary>
public sealed record CloseOpinions(long ExpectedVersion, bool OnCollectiveMaterial)
{
    public Outcome<OpinionCollection> Decide(Meeting meeting, OpinionCollection? stored, Actor actor, DateTimeOffset now)
    {
        var current = stored ?? OpinionCollection.New(meeting.Id);
        if ((Access.AsSecretary(meeting, actor) ?? Access.AtVersion(ExpectedVersion, current.Version)) is { } refusal)
        {
            return refusal;
        }

        if (!current.Accepts(OnCollectiveMaterial))
        {
            return Failure.Conflict(FailureCodes.OpinionsNotOpen);
        }

        var closed = OnCollectiveMaterial ? current with { MaterialIsOpen = false } : current with { IsOpen = false };
        return closed.Changed(actor.UserId, now, AuditActions.OpinionsClosed, OnCollectiveMaterial ? "collective-material" : null);
    }
}
