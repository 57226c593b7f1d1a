using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;

namespace MeetingBot.Meetings;

/// <summary>A refusal from the domain, in the user's language (the domain owns the texts of its stable codes).</summary>
public static class FailureReply
{
    // The one data value that is a key the texts look up, not text to show.
    private const string FieldKey = "field";

    /// <summary>
    /// For a chat message (rendered as Markdown): the failure's data are what people typed or are called (a name, a
    /// theme, a word), so they are escaped here, where they enter the message, and show as typed.
    /// </summary>
    public static string For(Failure failure, UserLocale locale)
    {
        var escaped = failure with
        {
            Data = failure.Data.ToDictionary(d => d.Key, d => d.Key == FieldKey ? d.Value : MarkdownEscape.Text(d.Value), StringComparer.Ordinal),
        };
        return Plain(escaped, locale);
    }

    /// <summary>For plain text (the command line), where a backslash would show.</summary>
    public static string Plain(Failure failure, UserLocale locale)
    {
        var text = FailureTexts.For(failure);
        return locale == UserLocale.En ? text.En : text.ZhCn;
    }
}
