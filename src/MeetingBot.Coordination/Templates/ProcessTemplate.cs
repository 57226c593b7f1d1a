using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Templates;

/// <summary>
/// A process the bot can run, read from YAML by <see cref="TemplateParser"/>: phases, deliverables per role,
/// pairing rules, readiness rules, reminder policies and every text in zh-CN and en. Meetings record the id
/// and version they were made from.
/// </summary>
public sealed record ProcessTemplate(
    string Id,
    int Version,
    BilingualText Name,
    BilingualText Description,
    string DefaultTimeZone,
    IReadOnlyList<RoleName> RoleNames,
    IReadOnlyList<PhaseDefinition> Phases,
    IReadOnlyList<DeliverableDefinition> Deliverables,
    IReadOnlyList<ProblemCategory> ProblemCategories,
    IReadOnlyList<ProblemSource> ProblemSources,
    IReadOnlyList<CriticismAspect> Aspects,
    IReadOnlyList<PairingRule> TalkPairing,
    ReadinessRules Readiness,
    QuietHours QuietHours,
    MeetingNotice? MeetingNotice)
{
    /// <summary>The briefing and the report's addressees after the meeting; none unless the template says so.</summary>
    public AfterMeetingRules AfterMeeting { get; init; } = AfterMeetingRules.None;

    // By index, as Meeting.Find: several times a turn, no lambda and enumerator each time.
    public DeliverableDefinition? FindDeliverable(string id)
    {
        for (var i = 0; i < Deliverables.Count; i++)
        {
            if (string.Equals(Deliverables[i].Id, id, StringComparison.Ordinal))
            {
                return Deliverables[i];
            }
        }

        return null;
    }

    /// <summary>The template's one deliverable of a kind that exists at most once (talk records, collective material).</summary>
    public DeliverableDefinition? FindDeliverable(DeliverableKind kind) => Deliverables.FirstOrDefault(d => d.Kind == kind);

    public PhaseDefinition? FindPhase(string id) => Phases.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));

    public BilingualText NameOf(Role role) =>
        RoleNames.FirstOrDefault(r => r.Role == role)?.Name
        ?? (role == Role.Superior ? SuperiorName : new BilingualText(role.ToString(), role.ToString()));

    /// <summary>What the superior is called where a template does not say (it may leave <c>superior</c> out of <c>roles:</c>).</summary>
    public static readonly BilingualText SuperiorName = new("上级党委（组织部）", "Superior committee");

    public bool HasProblemCategory(string id) => ProblemCategories.Any(c => string.Equals(c.Id, id, StringComparison.Ordinal));

    public bool HasProblemSource(string id) => ProblemSources.Any(s => string.Equals(s.Id, id, StringComparison.Ordinal));

    /// <summary>The deliverables in phase order, then in the order the template lists them.</summary>
    public IEnumerable<DeliverableDefinition> DeliverablesInPhaseOrder() =>
        Deliverables.OrderBy(d => FindPhase(d.PhaseId)?.Order ?? int.MaxValue);
}
