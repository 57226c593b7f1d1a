namespace MeetingBot.Coordination.Templates;

/// <summary>
/// The pre-review of a self-examination material (对照检查材料) from the template's <c>materialReview:</c>: the seed's
/// three 明确 of self-criticism, as checks whose findings advise the author and the lead and never block.
/// </summary>
/// <param name="NamedCategories">Categories the material must name (四风, 不正之风): at least one of them, and each one the author's problem list holds.</param>
/// <param name="AnswerSources">Problem sources the material must answer item by item (群众提, 上级点).</param>
/// <param name="FamilyRuleWords">Words that show the material states how the rule on family members and staff is kept.</param>
public sealed record MaterialRules(IReadOnlyList<string> NamedCategories, IReadOnlyList<string> AnswerSources, IReadOnlyList<string> FamilyRuleWords);
