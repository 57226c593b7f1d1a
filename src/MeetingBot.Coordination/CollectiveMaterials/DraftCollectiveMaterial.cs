using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Submissions.Contents;

namespace MeetingBot.Coordination.CollectiveMaterials;

/// <summary>The lead drafts (or revises, after comments) the collective material; circulated versions are untouched.</summary>
public sealed record DraftCollectiveMaterial(long ExpectedVersion, ExaminationMaterial Content)
{
    public Outcome<CollectiveMaterial> Decide(Meeting meeting, CollectiveMaterial? material, Actor actor, DateTimeOffset now)
    {
        if (MaterialAuthoring.ByLead(meeting, material, actor, ExpectedVersion) is { } refusal)
        {
            return refusal;
        }

        var current = material ?? new CollectiveMaterial(meeting.Id, MaterialState.Draft, null, [], null, 0, []);
        return (current with { Draft = Content }).Changed(actor, now, AuditActions.MaterialDraftSaved, null);
    }
}
