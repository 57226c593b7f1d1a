using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.CollectiveMaterials;

/// <summary>The lead sends the draft to the team for comments as a new version; the front tells every member 1:1.</summary>
public sealed record CirculateCollectiveMaterial(long ExpectedVersion)
{
    public Outcome<CollectiveMaterial> Decide(Meeting meeting, ProcessTemplate template, CollectiveMaterial? material, Actor actor, DateTimeOffset now)
    {
        if (MaterialAuthoring.ByLead(meeting, material, actor, ExpectedVersion) is { } refusal)
        {
            return refusal;
        }

        if (material?.Draft is not { } draft)
        {
            return Failure.Conflict(FailureCodes.NothingToSubmit);
        }

        if (ContentRules.CheckMaterial(draft, template) is { } invalid)
        {
            return invalid;
        }

        var number = material.Versions.Count + 1;
        return (material with
        {
            State = MaterialState.Circulated,
            Draft = null,
            Versions = [.. material.Versions, new SubmissionVersion(number, draft, now)],
        }).Changed(actor, now, AuditActions.MaterialCirculated, $"v{number}");
    }
}
