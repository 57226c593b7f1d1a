namespace MeetingBot.Coordination.Templates.Yaml;

/// <summary>The parts of a template read before its deliverables, which the deliverables refer to.</summary>
internal sealed record TemplateVocabulary(
    IReadOnlyList<PhaseDefinition> Phases,
    IReadOnlyList<ProblemCategory> Categories,
    IReadOnlyList<ProblemSource> Sources,
    IReadOnlyList<CriticismAspect> Aspects,
    IReadOnlyList<PairingRule> Pairing);
