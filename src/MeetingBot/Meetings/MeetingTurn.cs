using System.Text.Json;
using MeetingBot.BotFramework.Builder;
using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Meetings;

/// <summary>Who acts in this turn, as the Coordination domain needs it: user id, display name and tenant.</summary>
public static class MeetingTurn
{
    private const string ChannelTenantPrefix = "channel:";

    /// <summary>
    /// The channel a meeting's people are reached on: tenant-less channels are encoded in the tenant id
    /// (<see cref="ActorOf"/>); a real (Entra) tenant means Microsoft Teams.
    /// </summary>
    public static string ChannelOf(Meeting meeting) =>
        meeting.TenantId.StartsWith(ChannelTenantPrefix, StringComparison.Ordinal)
            ? meeting.TenantId[ChannelTenantPrefix.Length..]
            : BotFramework.Schema.Channels.MsTeams;

    /// <summary>
    /// Channels without tenants (Direct Line, the Emulator) form one tenant per channel. Only Teams' tenant is read
    /// from the activity: elsewhere the client writes <c>conversation</c> and <c>channelData</c> itself, so a Direct
    /// Line user naming a Teams tenant (and a Teams user's id) must stay in the Direct Line tenant.
    /// </summary>
    public static Actor ActorOf(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        var fromTeams = string.Equals(activity.ChannelId, BotFramework.Schema.Channels.MsTeams, StringComparison.Ordinal);
        var tenant = (fromTeams ? TeamsTenant(activity) : null) ?? ChannelTenantPrefix + activity.ChannelId;
        var user = activity.From ?? throw new InvalidOperationException("The activity has no sender.");
        return new Actor(user.Id!, string.IsNullOrWhiteSpace(user.Name) ? user.Id! : user.Name, tenant);
    }

    private static string? TeamsTenant(BotFramework.Schema.Activity activity) =>
        activity.Conversation?.TenantId
        ?? (activity.ChannelData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("tenant", out var t)
            && t.ValueKind == JsonValueKind.Object && t.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null);
}
