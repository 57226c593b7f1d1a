namespace MeetingBot.Coordination.Templates;

/// <summary>
/// The template's pre-review of criticism outlines: the seed warns against outlines that are trivial
/// (轻描淡写) or empty, so an outline is flagged before it reaches the lead.
/// </summary>
/// <param name="MinimumPoints">Fewer points than this is flagged.</param>
/// <param name="RequiredAspects">Aspect ids every outline must cover (党性强不强、工作实不实、要求严不严).</param>
/// <param name="ExampleRequired">Every point needs a concrete example.</param>
/// <param name="MinimumExampleLength">An example shorter than this many characters is not concrete.</param>
/// <param name="MinimumSubstanceLength">A point whose text, without stock phrases and punctuation, is shorter than this is empty talk.</param>
/// <param name="StockPhrases">Phrases that say nothing by themselves (有待加强, 还需提高…).</param>
/// <param name="ExampleMarkers">Words that introduce an example in pasted text (例如, 比如, e.g.).</param>
public sealed record OutlineRules(
    int MinimumPoints,
    IReadOnlyList<string> RequiredAspects,
    bool ExampleRequired,
    int MinimumExampleLength,
    int MinimumSubstanceLength,
    IReadOnlyList<string> StockPhrases,
    IReadOnlyList<string> ExampleMarkers);
