using MeetingBot.BotFramework.Proactive;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Welcome;

/// <summary>One welcome per conversationUpdate, naming everyone who joined (not one message each).</summary>
public static class WelcomeReply
{
    public static Activity ForMembers(UserLocale locale, IReadOnlyList<ChannelAccount> members)
    {
        var names = string.Join(WelcomeTexts.NameSeparator.In(locale), members.Select(m => MarkdownEscape.Text(string.IsNullOrWhiteSpace(m.Name) ? m.Id : m.Name)));
        return Activity.CreateMessage(WelcomeTexts.Member.In(locale, names));
    }

    /// <summary>A person joined their own 1:1 chat with the bot (not someone added to a group).</summary>
    public static bool OpensOwnChat(Activity update, IReadOnlyList<ChannelAccount> membersAdded) =>
        PersonalConversations.IsPersonal(update.Conversation) && update.From?.Id is { } from && membersAdded.Any(m => m.Id == from);

    public static Activity ForInstallation(UserLocale locale) => Activity.CreateMessage(WelcomeTexts.BotInstalled.In(locale));
}
