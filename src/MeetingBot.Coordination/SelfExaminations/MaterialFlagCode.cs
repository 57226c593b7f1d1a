using System.Text.Json.Serialization;

namespace MeetingBot.Coordination.SelfExaminations;

/// <summary>What the material pre-review found; each is one of the seed's three 明确 of self-criticism left unmet.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MaterialFlagCode>))]
public enum MaterialFlagCode
{
    /// <summary>No problem of the named categories (四风, 不正之风) is named at all.</summary>
    NoNamedProblems,

    /// <summary>The author's problem list holds problems of a named category the material does not name.</summary>
    CategoryNotNamed,

    /// <summary>A problem the masses raised or the superior pointed out, assigned to the author, is not answered.</summary>
    OpinionNotAnswered,

    /// <summary>Nothing says how the rule on family members and staff is kept.</summary>
    FamilyRuleNotStated,
}
