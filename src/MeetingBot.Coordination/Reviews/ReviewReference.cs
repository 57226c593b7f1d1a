using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Reviews;

/// <summary>
/// The short, stable name of a reviewable item within its meeting (shown as <c>提纲7</c>, <c>材料3</c>): a series by
/// the kind of deliverable and a number issued once, when the item first goes to review. It is stored with the item
/// and never changes as other items are decided, so the lead can name it safely.
/// </summary>
public sealed record ReviewReference(string Series, int Number)
{
    /// <summary>Criticism outlines (批评发言提纲).</summary>
    public const string Outlines = "outline";

    /// <summary>Own self-examination materials (对照检查材料).</summary>
    public const string Materials = "material";

    /// <summary>Anything else a template lets the lead approve.</summary>
    public const string Items = "item";

    public static string SeriesOf(DeliverableKind kind) => kind switch
    {
        DeliverableKind.CriticismOutline => Outlines,
        DeliverableKind.SelfExamination => Materials,
        _ => Items,
    };
}
