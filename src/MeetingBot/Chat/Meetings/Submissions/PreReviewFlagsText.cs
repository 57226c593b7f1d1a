using System.Text;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Submissions;

/// <summary>The pre-review's flags on an outline or a self-examination material, as the author reads them before submitting (they never block).</summary>
public static class PreReviewFlagsText
{
    public static string For(IReadOnlyList<IPreReviewFlag> flags, UserLocale locale)
    {
        var text = new StringBuilder(flags.Count == 0 ? SubmissionTexts.NoFlags.In(locale) : SubmissionTexts.FlagsHeading.In(locale));
        foreach (var flag in flags)
        {
            text.Append("\n- ").Append(locale == UserLocale.En ? flag.Text.En : flag.Text.ZhCn);
        }

        return text.ToString();
    }
}
