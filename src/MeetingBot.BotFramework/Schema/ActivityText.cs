using System.Text.RegularExpressions;

namespace MeetingBot.BotFramework.Schema;

/// <summary>Reading what the user typed, without the channel's mention markup (protocol §1.6).</summary>
public static partial class ActivityText
{
    /// <summary>
    /// Removes the bot's own mention from the text and the entity list, turns other <c>&lt;at&gt;X&lt;/at&gt;</c>
    /// into X, and trims (Teams surrounds mentions with line breaks).
    /// </summary>
    public static string? RemoveRecipientMention(this Activity activity)
    {
        if (activity.Text is null)
        {
            return null;
        }

        var text = activity.Text;
        var botId = activity.Recipient?.Id;
        if (botId is not null && activity.Entities is { Count: > 0 } entities)
        {
            foreach (var entity in entities.ToList())
            {
                var mention = entity.AsMention();
                if (mention?.Mentioned?.Id != botId)
                {
                    continue;
                }

                var markup = mention.Text ?? $"<at>{mention.Mentioned.Name}</at>";
                text = text.Replace(markup, string.Empty, StringComparison.OrdinalIgnoreCase);
                entities.Remove(entity);
            }
        }

        text = OtherMention().Replace(text, m => m.Groups["name"].Value + (m.Groups["next"].Success ? " " + m.Groups["next"].Value : string.Empty));
        activity.Text = text.Trim();
        return activity.Text;
    }

    /// <summary>Whether the activity @mentions the bot itself (its recipient), by the mention entities.</summary>
    public static bool MentionsRecipient(this Activity activity) =>
        activity.Recipient?.Id is { } botId && (activity.Entities ?? []).Any(e => e.AsMention()?.Mentioned?.Id == botId);

    /// <summary>The ids of the users mentioned in the activity (entities are authoritative; the text can be edited).</summary>
    public static IReadOnlyList<ChannelAccount> MentionedUsers(this Activity activity) =>
        (activity.Entities ?? [])
            .Select(e => e.AsMention()?.Mentioned)
            .OfType<ChannelAccount>()
            .Where(a => a.Id is not null && a.Id != activity.Recipient?.Id)
            .ToList();

    [GeneratedRegex(@"<at[^>]*>(?<name>.*?)</at>(?<next>[^\s<])?", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex OtherMention();
}
