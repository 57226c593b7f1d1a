using MeetingBot.Chat.Help;

namespace MeetingBot.Chat;

/// <summary>Every command the chat front understands, in the order help lists them.</summary>
public static class ChatCommands
{
    public static readonly ChatCommand Help = new("help", ["帮助", "？"], ["help", "?"], HelpTexts.HelpCommand);

    public static readonly IReadOnlyList<ChatCommand> All = [Help];

    public static ChatCommand? Find(string text) => All.FirstOrDefault(c => c.Matches(text));
}
