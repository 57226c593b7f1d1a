using System.Text.Json;

namespace MeetingBot.DingTalk.Actions;

/// <summary>
/// What one card button's link carries, signed: the person the card was sent to (DingTalk userId), the chat it was
/// sent in, the card action's value, the button and card titles the confirmation page repeats (nothing more than the
/// card showed), when it stops working, and a nonce that makes it usable once.
/// </summary>
public sealed record ActionLink(
    string StaffId, string ConversationId, JsonElement Value, string Button, string Card, long ExpiresAt, string Nonce)
{
    public DateTimeOffset Expires => DateTimeOffset.FromUnixTimeSeconds(ExpiresAt);
}
