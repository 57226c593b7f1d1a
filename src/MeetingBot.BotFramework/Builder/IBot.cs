namespace MeetingBot.BotFramework.Builder;

/// <summary>The bot's logic for one turn.</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}

public delegate Task BotCallbackHandler(ITurnContext turnContext, CancellationToken cancellationToken);

public delegate Task NextDelegate(CancellationToken cancellationToken);
