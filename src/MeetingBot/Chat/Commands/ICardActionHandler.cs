using System.Text.Json;
using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.Chat.Commands;

/// <summary>
/// Handles card buttons by verb: an <c>Action.Submit</c> (a message whose value carries <c>verb</c>) or an
/// <c>Action.Execute</c> invoke (<c>adaptiveCard/action</c>). Its answer is what the invoke responds with; for a
/// submit, the handler replies in chat itself.
/// </summary>
public interface ICardActionHandler
{
    /// <summary>The verbs this handler takes, e.g. <c>review.approve</c>.</summary>
    IReadOnlyCollection<string> Verbs { get; }

    Task<AdaptiveCardInvokeResponse> HandleAsync(ITurnContext turnContext, string verb, JsonElement data, CancellationToken cancellationToken);
}
