using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Dialogs;
using MeetingBot.BotFramework.State;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Commands;

/// <summary>A typed command: the turn, the user's dialog stack (to start a flow), what followed the command word, and the language.</summary>
public sealed record CommandTurn(ITurnContext Context, DialogContext Dialogs, string Argument, UserLocale Locale)
{
    /// <summary>The turn's unit of work, for the reads and writes the command makes (null outside a turn pipeline).</summary>
    public TurnUnitOfWork? UnitOfWork => TurnUnitOfWork.Of(Context);
}
