using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Opinions;

/// <summary>
/// The opinion sources as the template's problem sources: an opinion assigned to a member stands in his problem list
/// under the source id the seed's template uses (masses, superiors, collective), so the material pre-review's
/// <see cref="MaterialRules.AnswerSources"/> decide which of them a material must answer.
/// </summary>
public static class OpinionSources
{
    public static string IdOf(OpinionSource source) => source switch
    {
        OpinionSource.Masses => "masses",
        OpinionSource.Superior => "superiors",
        _ => "collective",
    };

    /// <summary>The template's name for the source, or the seed's words when the template has no such source.</summary>
    public static BilingualText NameOf(OpinionSource source, ProcessTemplate? template) =>
        template?.ProblemSources.FirstOrDefault(s => s.Id == IdOf(source))?.Name ?? source switch
        {
            OpinionSource.Masses => new BilingualText("群众提", "Raised by the masses"),
            OpinionSource.Superior => new BilingualText("上级点", "Pointed out by superiors"),
            _ => new BilingualText("集体议", "Found collectively"),
        };
}
