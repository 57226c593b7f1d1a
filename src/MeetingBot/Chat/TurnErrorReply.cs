using MeetingBot.BotFramework.Builder;
using MeetingBot.Localization;

namespace MeetingBot.Chat;

/// <summary>Tells the user, in their language, that the turn failed, with the reference the logs carry.</summary>
public sealed class TurnErrorReply : ITurnErrorHandler
{
    public async Task OnTurnErrorAsync(ITurnContext turnContext, Exception exception, string correlationId, CancellationToken cancellationToken)
    {
        // Invokes are answered by their HTTP status; a chat message would only add noise.
        if (turnContext.Activity.IsType(BotFramework.Schema.ActivityTypes.Invoke))
        {
            return;
        }

        var locale = UserLocales.From(turnContext.Activity.Locale);
        if (exception is BotFramework.State.TurnConflictException)
        {
            await turnContext.SendActivityAsync(ChatTexts.ConcurrentChange.In(locale), cancellationToken);
            return;
        }

        var reference = correlationId.Length > 12 ? correlationId[..12] : correlationId;
        await turnContext.SendActivityAsync(ChatTexts.TurnFailed.In(locale, reference), cancellationToken);
    }
}
