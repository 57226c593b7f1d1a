using System.Text;
using MeetingBot.Coordination.CriticismOutlines;
using MeetingBot.Coordination.Templates;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Submissions;

/// <summary>The pre-review's flags on an outline, as the author reads them before submitting (they never block).</summary>
public static class OutlineFlagsText
{
    public static string For(CriticismOutline outline, OutlineRules rules, IReadOnlyList<CriticismAspect> aspects, UserLocale locale)
    {
        var flags = OutlinePreReview.Check(outline, rules, aspects);
        var text = new StringBuilder(flags.Count == 0 ? SubmissionTexts.NoFlags.In(locale) : SubmissionTexts.FlagsHeading.In(locale));
        foreach (var flag in flags)
        {
            text.Append("\n- ").Append(locale == UserLocale.En ? flag.Text.En : flag.Text.ZhCn);
        }

        return text.ToString();
    }
}
