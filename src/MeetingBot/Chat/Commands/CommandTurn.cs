using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Dialogs;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Commands;

/// <summary>A typed command: the turn, the user's dialog stack (to start a flow), what followed the command word, and the language.</summary>
public sealed record CommandTurn(ITurnContext Context, DialogContext Dialogs, string Argument, UserLocale Locale);
