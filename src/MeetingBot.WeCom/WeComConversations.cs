namespace MeetingBot.WeCom;

/// <summary>
/// Conversation ids of the WeCom channel: <c>wecom:user:{UserID}</c> for a person's chat with the application
/// (sent with message/send) and <c>wecom:chat:{chatid}</c> for an application group chat (sent with appchat/send).
/// </summary>
public static class WeComConversations
{
    private const string UserPrefix = "wecom:user:";
    private const string ChatPrefix = "wecom:chat:";

    public static string OfUser(string userId) => UserPrefix + userId;

    public static string OfChat(string chatId) => ChatPrefix + chatId;

    /// <summary>The WeCom UserID of a 1:1 conversation, or null.</summary>
    public static string? UserOf(string? conversationId) =>
        conversationId is not null && conversationId.StartsWith(UserPrefix, StringComparison.Ordinal) ? conversationId[UserPrefix.Length..] : null;

    /// <summary>The chatid of an application group chat, or null.</summary>
    public static string? ChatOf(string? conversationId) =>
        conversationId is not null && conversationId.StartsWith(ChatPrefix, StringComparison.Ordinal) ? conversationId[ChatPrefix.Length..] : null;
}
