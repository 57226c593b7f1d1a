using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Templates;

/// <summary>A category a listed problem is filed under, e.g. 形式主义 (one of the four winds 四风).</summary>
/// <param name="Group">A heading that gathers categories, e.g. 四风; none when the category stands alone.</param>
public sealed record ProblemCategory(string Id, BilingualText Name, BilingualText? Group);
