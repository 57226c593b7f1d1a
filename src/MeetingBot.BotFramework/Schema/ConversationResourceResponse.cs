namespace MeetingBot.BotFramework.Schema;

/// <summary>The connector's answer to create-conversation.</summary>
public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);
