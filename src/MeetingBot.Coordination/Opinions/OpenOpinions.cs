using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;

namespace MeetingBot.Coordination.Opinions;

/// <summary>
/// The office opens the collection of opinions (征求意见) — or puts the collective material out for opinion
/// (在一定范围内征求意见), which needs a circulated material. Opening what is open changes nothing and is no error.
/// </summary>
public sealed record OpenOpinions(long ExpectedVersion, bool OnCollectiveMaterial)
{
    public Outcome<OpinionCollection> Decide(MeetingDossier dossier, OpinionCollection? stored, Actor actor, DateTimeOffset now)
    {
        var meeting = dossier.Meeting;
        var current = stored ?? OpinionCollection.New(meeting.Id);
        if ((Access.AsSecretary(meeting, actor) ?? Access.WhileOpen(meeting) ?? Access.AtVersion(ExpectedVersion, current.Version)) is { } refusal)
        {
            return refusal;
        }

        if (OnCollectiveMaterial && dossier.CollectiveMaterial?.Latest is null)
        {
            return Failure.Conflict(FailureCodes.MaterialNotCirculated);
        }

        if (current.Accepts(OnCollectiveMaterial))
        {
            return current;
        }

        var opened = OnCollectiveMaterial ? current with { MaterialIsOpen = true } : current with { IsOpen = true };
        return opened.Changed(actor.UserId, now, AuditActions.OpinionsOpened, OnCollectiveMaterial ? "collective-material" : null);
    }
}
