namespace MeetingBot.Coordination.Templates.Yaml;

/// <summary>
/// The parts of a template read before its deliverables, which the deliverables refer to. The declared phase ids
/// include phases that had errors of their own, so one broken phase is not reported again at every reference.
/// </summary>
internal sealed record TemplateVocabulary(
    IReadOnlySet<string> DeclaredPhaseIds,
    IReadOnlyList<PhaseDefinition> Phases,
    IReadOnlyList<ProblemCategory> Categories,
    IReadOnlyList<ProblemSource> Sources,
    IReadOnlyList<CriticismAspect> Aspects,
    IReadOnlyList<PairingRule> Pairing);
