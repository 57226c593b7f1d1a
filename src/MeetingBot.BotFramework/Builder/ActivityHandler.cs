using System.Text.Json;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Builder;

/// <summary>
/// Dispatches a turn by activity type, like the SDK's handler: override the <c>On…</c> methods you need.
/// Types it does not know are accepted and ignored (protocol A2014).
/// </summary>
public abstract class ActivityHandler : IBot
{
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    public virtual Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        return activity.Type switch
        {
            ActivityTypes.Message => OnMessageActivityAsync(turnContext, cancellationToken),
            ActivityTypes.ConversationUpdate => OnConversationUpdateActivityAsync(turnContext, cancellationToken),
            ActivityTypes.InstallationUpdate => OnInstallationUpdateActivityAsync(turnContext, cancellationToken),
            ActivityTypes.Invoke => OnInvokeActivityAsync(turnContext, cancellationToken),
            ActivityTypes.Event => OnEventActivityAsync(turnContext, cancellationToken),
            ActivityTypes.EndOfConversation => OnEndOfConversationActivityAsync(turnContext, cancellationToken),
            _ => OnUnrecognizedActivityTypeAsync(turnContext, cancellationToken),
        };
    }

    protected virtual Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnConversationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var botId = activity.Recipient?.Id;
        // Each shape is possible: bot and user together (Emulator), bot first (Direct Line), nobody (offline-directline).
        var added = (activity.MembersAdded ?? []).Where(m => m is not null && m.Id is not null && m.Id != botId).ToList();
        var removed = (activity.MembersRemoved ?? []).Where(m => m is not null && m.Id is not null && m.Id != botId).ToList();
        var botAdded = activity.MembersAdded?.Any(m => m is not null && m.Id is not null && m.Id == botId) == true;
        return DispatchAsync();

        async Task DispatchAsync()
        {
            if (botAdded)
            {
                await OnBotAddedAsync(turnContext, cancellationToken);
            }

            if (added.Count > 0)
            {
                await OnMembersAddedAsync(added, turnContext, cancellationToken);
            }

            if (removed.Count > 0)
            {
                await OnMembersRemovedAsync(removed, turnContext, cancellationToken);
            }
        }
    }

    protected virtual Task OnBotAddedAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnMembersRemovedAsync(IReadOnlyList<ChannelAccount> membersRemoved, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnInstallationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Action?.ToLowerInvariant() switch
        {
            "add" or "add-upgrade" => OnInstallationUpdateAddAsync(turnContext, cancellationToken),
            "remove" or "remove-upgrade" => OnInstallationUpdateRemoveAsync(turnContext, cancellationToken),
            _ => Task.CompletedTask,
        };

    protected virtual Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnInstallationUpdateRemoveAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnEventActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnEndOfConversationActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Invokes must be answered in the HTTP response. <c>adaptiveCard/action</c> payloads are checked the way the
    /// SDK does (400 BadRequest, NotSupported); unknown invoke names answer 501.
    /// </summary>
    protected virtual async Task OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (!string.Equals(turnContext.Activity.Name, AdaptiveCardActionInvoke, StringComparison.Ordinal))
        {
            await SetInvokeResponseAsync(turnContext, new InvokeResponse(501), cancellationToken);
            return;
        }

        var value = turnContext.Activity.Value;
        if (value is not { ValueKind: JsonValueKind.Object } body
            || !body.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object)
        {
            await SetInvokeResponseAsync(turnContext, CardResponse(AdaptiveCardInvokeResponse.Error(400, "BadRequest", "The invoke value has no action."), httpStatus: 400), cancellationToken);
            return;
        }

        if (!action.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "Action.Execute")
        {
            await SetInvokeResponseAsync(turnContext, CardResponse(AdaptiveCardInvokeResponse.Error(400, "NotSupported", "Only Action.Execute is supported."), httpStatus: 400), cancellationToken);
            return;
        }

        var verb = action.TryGetProperty("verb", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var data = action.TryGetProperty("data", out var d) ? d : default(JsonElement?);
        var result = await OnAdaptiveCardActionAsync(turnContext, verb, data, cancellationToken);
        await SetInvokeResponseAsync(turnContext, CardResponse(result), cancellationToken);
    }

    protected virtual Task<AdaptiveCardInvokeResponse> OnAdaptiveCardActionAsync(
        ITurnContext turnContext, string? verb, JsonElement? data, CancellationToken cancellationToken) =>
        Task.FromResult(AdaptiveCardInvokeResponse.Error(400, "NotSupported", $"The action '{verb}' is not supported."));

    // A payload the SDK would reject is an HTTP 400; anything the bot handled is HTTP 200 with its own statusCode.
    private static InvokeResponse CardResponse(AdaptiveCardInvokeResponse response, int httpStatus = 200) =>
        new(httpStatus, JsonSerializer.SerializeToElement(response, BotJson.Options));

    private static Task SetInvokeResponseAsync(ITurnContext turnContext, InvokeResponse response, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(
            new Activity { Type = ActivityTypes.InvokeResponse, Value = JsonSerializer.SerializeToElement(response, BotJson.Options) },
            cancellationToken);
}
