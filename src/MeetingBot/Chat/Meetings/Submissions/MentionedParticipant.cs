using System.Text.RegularExpressions;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Chat.Meetings.Submissions;

/// <summary>
/// The participant a command names: a Teams @mention (by user id), or the name typed after the command
/// ("提纲 @王芳", "提纲 王芳"), matched against the meeting's roster.
/// </summary>
public static partial class MentionedParticipant
{
    /// <returns>The participant, or null; <paramref name="typed"/> is what was typed, for the reply.</returns>
    public static Participant? Find(Activity activity, Meeting meeting, string rest, out string typed)
    {
        foreach (var mention in (activity.Entities ?? []).Where(e => e.IsMention).Select(e => e.AsMention()))
        {
            if (mention?.Mentioned?.Id is { } id && id != activity.Recipient?.Id && meeting.Find(id) is { } byId)
            {
                typed = byId.Name;
                return byId;
            }
        }

        typed = Name(rest);
        var name = typed;
        return name.Length == 0 ? null : meeting.Participants.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The first name in the text, without Teams' &lt;at&gt; tags or a leading @.</summary>
    public static string Name(string text)
    {
        var plain = AtTag().Replace(text, "$1").Trim().TrimStart('@', '＠').Trim();
        var space = plain.IndexOfAny([' ', '\u3000', '\n']);
        return space < 0 ? plain : plain[..space];
    }

    /// <summary>What follows the name (a dispute note).</summary>
    public static string AfterName(string text)
    {
        var plain = AtTag().Replace(text, "$1").Trim().TrimStart('@', '＠').Trim();
        var space = plain.IndexOfAny([' ', '\u3000', '\n']);
        return space < 0 ? string.Empty : plain[(space + 1)..].Trim();
    }

    [GeneratedRegex("<at[^>]*>(.*?)</at>", RegexOptions.IgnoreCase)]
    private static partial Regex AtTag();
}
