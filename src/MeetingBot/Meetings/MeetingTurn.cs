using System.Text.Json;
using MeetingBot.BotFramework.Builder;
using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Meetings;

/// <summary>Who acts in this turn, as the Coordination domain needs it: user id, display name and tenant.</summary>
public static class MeetingTurn
{
    /// <summary>Channels without tenants (Direct Line, the Emulator) form one tenant per channel.</summary>
    public static Actor ActorOf(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        var tenant = activity.Conversation?.TenantId
            ?? (activity.ChannelData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("tenant", out var t)
                && t.ValueKind == JsonValueKind.Object && t.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                    ? id.GetString()
                    : null)
            ?? $"channel:{activity.ChannelId}";
        var user = activity.From ?? throw new InvalidOperationException("The activity has no sender.");
        return new Actor(user.Id!, string.IsNullOrWhiteSpace(user.Name) ? user.Id! : user.Name, tenant);
    }
}
