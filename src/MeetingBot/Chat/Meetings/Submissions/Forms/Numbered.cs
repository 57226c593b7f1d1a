using System.Globalization;
using System.Text;

namespace MeetingBot.Chat.Meetings.Submissions.Forms;

/// <summary>Lines numbered 1. 2. 3. for the summaries the author reads back.</summary>
internal static class Numbered
{
    public static string Lines(IEnumerable<string> items)
    {
        var text = new StringBuilder();
        var number = 1;
        foreach (var item in items)
        {
            text.Append(CultureInfo.InvariantCulture, $"{number++}. {item}").Append('\n');
        }

        return text.ToString().TrimEnd('\n');
    }

    public static string At(IReadOnlyList<string> answers, int index) => index < answers.Count ? answers[index] : string.Empty;
}
