using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Proactive;
using MeetingBot.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace MeetingBot.Chat.Commands;

/// <summary>
/// In a group, people talk to each other; a message is for the bot only when it addresses the bot: an @mention of
/// the bot (Teams: the mention entity), or text starting with <c>@</c> and one of the bot's names (the web chat's
/// team room has no mention picker): <c>@会议助手</c>, <c>@bot</c>, or its display name (<c>Bot:BotName</c>). A card
/// button is pressed at the bot, so it addresses it too. In 1:1 every message is for the bot.
/// </summary>
public sealed class BotAddress(IOptions<AdapterOptions> options)
{
    public static readonly IReadOnlyList<string> FixedNames = ["会议助手", "bot"];

    private IEnumerable<string> Names => FixedNames.Append(options.Value.BotName).OrderByDescending(n => n.Length);

    /// <summary>
    /// Whether the message is for the bot. Call before the bot's mention is removed from the text; an @-prefix is
    /// removed from <see cref="Activity.Text"/> here.
    /// </summary>
    public bool IsForTheBot(ITurnContext turnContext, bool pressedOnCard)
    {
        // A replayed turn (after a lost state race) sees the activity with the address already removed: the
        // answer is the one the first run gave.
        if (turnContext.TurnState.Get<Addressed>() is not null)
        {
            return true;
        }

        var activity = turnContext.Activity;
        var addressed = PersonalConversations.IsPersonal(activity.Conversation) || pressedOnCard || activity.MentionsRecipient() || StripName(activity);
        if (addressed)
        {
            turnContext.TurnState.Set(new Addressed());
        }

        return addressed;
    }

    private bool StripName(Activity activity)
    {
        var text = activity.Text?.TrimStart() ?? string.Empty;
        if (text.Length == 0 || text[0] is not ('@' or '＠'))
        {
            return false;
        }

        foreach (var name in Names)
        {
            var rest = text[1..];
            if (rest.StartsWith(name, StringComparison.OrdinalIgnoreCase)
                && (rest.Length == name.Length || CommandText.IsSeparator(rest[name.Length])))
            {
                activity.Text = CommandText.TrimSeparators(rest[name.Length..]);
                return true;
            }
        }

        return false;
    }

    private sealed class Addressed;
}
