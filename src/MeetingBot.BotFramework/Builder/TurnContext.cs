using System.Security.Claims;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Builder;

/// <summary>
/// The turn context: addresses each reply to the incoming conversation (swapping from and recipient), strips what
/// senders must not send (id, serviceUrl, timestamp), and records an invoke response instead of sending it.
/// </summary>
public sealed class TurnContext(Activity activity, IChannelSender sender, ClaimsIdentity identity, bool serviceUrlVerified) : ITurnContext
{
    private readonly ConversationReference _reference = activity.GetConversationReference();
    private List<Activity>? _held;

    public Activity Activity { get; } = activity;
    public ClaimsIdentity Identity { get; } = identity;
    public TurnState TurnState { get; } = new();
    public bool Responded { get; private set; }
    public bool ServiceUrlVerified { get; } = serviceUrlVerified;

    /// <summary>The invoke response the bot set this turn, if any.</summary>
    public InvokeResponse? InvokeResponse { get; private set; }

    public Task<ResourceResponse> SendActivityAsync(string text, CancellationToken cancellationToken = default) =>
        SendActivityAsync(Activity.CreateMessage(text), cancellationToken);

    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        if (activity.IsType(ActivityTypes.InvokeResponse))
        {
            InvokeResponse = activity.Value is { } value
                ? System.Text.Json.JsonSerializer.Deserialize<InvokeResponse>(value, BotJson.Options)
                : new InvokeResponse(200);
            return new ResourceResponse(null);
        }

        Address(activity);
        Responded = true;
        if (_held is not null)
        {
            _held.Add(activity);
            return new ResourceResponse(null);
        }

        return await sender.SendAsync(activity, cancellationToken);
    }

    public void HoldReplies()
    {
        _held = [];
        Responded = false;
    }

    public async Task CommitRepliesAsync(CancellationToken cancellationToken = default)
    {
        var held = _held ?? [];
        _held = null;
        foreach (var reply in held)
        {
            await sender.SendAsync(reply, cancellationToken);
        }
    }

    public void DiscardReplies()
    {
        _held = null;
        Responded = false;
    }

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var id = activity.Id;
        Address(activity);
        activity.Id = id;
        return sender.UpdateAsync(activity, cancellationToken);
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default) =>
        sender.DeleteAsync(_reference, activityId, cancellationToken);

    /// <summary>Records the HTTP answer to an invoke (protocol §1.9).</summary>
    public void SetInvokeResponse(InvokeResponse response) => InvokeResponse = response;

    private void Address(Activity reply)
    {
        reply.ApplyConversationReference(_reference);
        reply.Id = null;
        reply.Timestamp = null;
        reply.Type ??= ActivityTypes.Message;
        reply.Locale ??= Activity.Locale;
        if (reply.From is null || reply.From.Id is null)
        {
            reply.From = Activity.Recipient;
        }
    }
}
