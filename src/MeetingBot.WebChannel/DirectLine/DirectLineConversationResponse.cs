using System.Text.Json.Serialization;

namespace MeetingBot.WebChannel.DirectLine;

/// <summary>The Conversation object of Direct Line 3.0 (token generate/refresh, start, reconnect).</summary>
public sealed record DirectLineConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StreamUrl = null);
