using MeetingBot.BotFramework.Cards;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Submissions;

/// <summary>
/// Commands that open forms (<see cref="TaskNextStep"/>), as one card of buttons where the channel renders cards: the
/// same commands the text lists, so pressing one is sending it.
/// </summary>
public static class NextStepButtons
{
    private const int MaxButtons = 5;

    private static readonly LocalText Heading = new("点按钮开始填写：", "Press a button to start:");

    /// <returns>The card, or null when there is no command or the channel shows no cards.</returns>
    public static Activity? For(IEnumerable<string> commands, UserLocale locale, string? channelId)
    {
        var shown = commands.Distinct(StringComparer.Ordinal).Take(MaxButtons).ToList();
        if (shown.Count == 0 || !ChannelCapabilities.RendersAdaptiveCards(channelId))
        {
            return null;
        }

        var card = new AdaptiveCard(Heading.In(locale)).Text(Heading.In(locale));
        foreach (var command in shown)
        {
            card.Submit(command, new { command });
        }

        return new Activity { Type = ActivityTypes.Message, Attachments = [card.ToAttachment()] };
    }
}
