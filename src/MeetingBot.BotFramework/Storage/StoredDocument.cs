namespace MeetingBot.BotFramework.Storage;

/// <summary>A document as read, with the ETag that came in the same response.</summary>
public sealed record StoredDocument(string Key, string Json, string ETag);
