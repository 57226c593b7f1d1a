using System.Globalization;
using System.Text;
using MeetingBot.BotFramework.Cards;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Help;

/// <summary>
/// The answer to <c>帮助 全部</c> / <c>help all</c> (and to <c>help</c> from someone in no meeting): the whole help as text (every channel shows it), then the same as an
/// Adaptive Card where the channel renders cards. Card and text are separate activities because Teams splits a
/// message carrying both and then returns no id.
/// </summary>
public static class HelpReply
{
    public static IReadOnlyList<Activity> For(UserLocale locale, string? channelId, IReadOnlyList<ChatCommand> commands)
    {
        var text = new StringBuilder()
            .AppendLine(HelpTexts.Title.In(locale))
            .AppendLine()
            .AppendLine(HelpTexts.Purpose.In(locale))
            .AppendLine()
            .AppendLine(HelpTexts.Privacy.In(locale))
            .AppendLine()
            .AppendLine(HelpTexts.CommandsHeading.In(locale) + (locale == UserLocale.En ? ":" : "："))
            .AppendLine();
        foreach (var command in commands)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {command.Names(locale)}: {command.Description.In(locale)}");
        }

        text.AppendLine()
            .AppendLine(HelpTexts.Grammar.In(locale))
            .AppendLine()
            .AppendLine(HelpTexts.GroupRule.In(locale))
            .AppendLine()
            .Append(HelpTexts.LanguageHint.In(locale));
        var replies = new List<Activity> { Activity.CreateMessage(text.ToString()) };

        if (ChannelCapabilities.RendersAdaptiveCards(channelId))
        {
            var card = new AdaptiveCard(text.ToString())
                .Title(HelpTexts.Title.In(locale))
                .Text(HelpTexts.Purpose.In(locale))
                .Text(HelpTexts.Privacy.In(locale), subtle: true)
                .Heading(HelpTexts.CommandsHeading.In(locale))
                .Facts(commands.Select(c => (c.Names(locale), c.Description.In(locale))))
                .Text(HelpTexts.Grammar.In(locale), subtle: true)
                .Text(HelpTexts.GroupRule.In(locale), subtle: true);
            var help = commands[0];
            card.Submit(help.Description.In(locale), new { command = help.Primary(locale) });
            replies.Add(new Activity { Type = ActivityTypes.Message, Attachments = [card.ToAttachment()] });
        }

        return replies;
    }

    /// <summary>The answer to <c>帮助</c> for someone in a meeting: what they can do now, with buttons where cards render.</summary>
    public static IReadOnlyList<Activity> Personal(PersonalHelpText help, UserLocale locale, string? channelId)
    {
        var replies = new List<Activity> { Activity.CreateMessage(help.Text) };
        if (help.Commands.Count > 0 && ChannelCapabilities.RendersAdaptiveCards(channelId))
        {
            var card = new AdaptiveCard(HelpTexts.ButtonsHeading.In(locale)).Text(HelpTexts.ButtonsHeading.In(locale));
            foreach (var command in help.Commands)
            {
                card.Submit(command, new { command });
            }

            replies.Add(new Activity { Type = ActivityTypes.Message, Attachments = [card.ToAttachment()] });
        }

        return replies;
    }
}
