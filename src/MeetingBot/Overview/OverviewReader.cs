using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Overview;
using MeetingBot.Coordination.People;
using MeetingBot.Coordination.Status;
using MeetingBot.Coordination.Templates;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Overview;

/// <summary>
/// Reads what the superior's view needs for one viewer: asks the domain first whether he may see the unit (a refusal
/// reads no meeting at all), then reads only the meetings filed under the units he may see, and lets the domain
/// build the rows (<see cref="UnitOverview"/>, <see cref="UnitMaterials"/>). The page, the export and the chat
/// command all come through here, so they show the same thing to the same person.
/// </summary>
public sealed class OverviewReader(MeetingDirectory meetings, MeetingRepository repository, TemplateLibrary templates, TimeProvider time)
{
    /// <param name="unit">A unit the viewer named (its path), or null for everything he oversees.</param>
    public async Task<Outcome<IReadOnlyList<UnitProgress>>> ProgressAsync(
        PeopleDirectory directory, DirectoryPerson? viewer, string? unit, CancellationToken cancellationToken)
    {
        if (UnitScope.MayOversee(directory, viewer, unit) is { } refusal)
        {
            return refusal;
        }

        var scope = UnitPath.Normalise(unit) ?? UnitScope.OverseenBy(directory, viewer)!;
        return UnitOverview.For(directory, viewer, await CandidatesAsync(scope, exactly: false, cancellationToken), time.GetUtcNow(), unit);
    }

    /// <summary>One unit's own page: its meetings and what they reported upward.</summary>
    public async Task<Outcome<IReadOnlyList<ReportedMaterials>>> MaterialsAsync(
        PeopleDirectory directory, DirectoryPerson? viewer, string unit, CancellationToken cancellationToken)
    {
        if (UnitScope.MayOversee(directory, viewer, unit) is { } refusal)
        {
            return refusal;
        }

        var path = UnitPath.Normalise(unit) ?? unit;
        return UnitMaterials.For(directory, viewer, path, await CandidatesAsync(path, exactly: true, cancellationToken), time.GetUtcNow());
    }

    private async Task<List<MeetingCandidate>> CandidatesAsync(string scope, bool exactly, CancellationToken cancellationToken)
    {
        var candidates = new List<MeetingCandidate>();
        foreach (var (unit, meetingId) in await meetings.BelowAsync(scope, cancellationToken))
        {
            if (exactly && !UnitPath.Same(unit, scope))
            {
                continue;
            }

            if (await repository.GetDossierAsync(unitOfWork: null, meetingId, cancellationToken) is { } dossier && templates.Find(dossier.Meeting.TemplateId) is { } template)
            {
                candidates.Add(new MeetingCandidate(dossier, template));
            }
        }

        return candidates;
    }
}
