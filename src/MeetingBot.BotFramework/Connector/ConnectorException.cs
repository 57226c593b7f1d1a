using System.Net;

namespace MeetingBot.BotFramework.Connector;

/// <summary>
/// A connector call the channel refused (after retries). <see cref="Code"/> is the channel's error code, e.g.
/// Teams' <c>ConversationBlockedByUser</c> or <c>MessageWritesBlocked</c>, so callers can tell "gone" from "busy".
/// </summary>
public sealed class ConnectorException(HttpStatusCode statusCode, string? code, string message)
    : Exception($"The channel answered {(int)statusCode} {code}: {message}")
{
    public HttpStatusCode StatusCode { get; } = statusCode;
    public string? Code { get; } = code;
    public string ChannelMessage { get; } = message;

    /// <summary>The recipient cannot be reached any more (blocked, removed, conversation gone): never retry.</summary>
    public bool IsRecipientGone => StatusCode is HttpStatusCode.NotFound
        || (StatusCode == HttpStatusCode.Forbidden && Code is "ConversationBlockedByUser" or "BotNotInConversationRoster"
            or "MessageWritesBlocked" or "BotDisabledByAdmin");
}
