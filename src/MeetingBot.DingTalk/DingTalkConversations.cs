using MeetingBot.BotFramework.Schema;

namespace MeetingBot.DingTalk;

/// <summary>
/// How DingTalk chats are named in Activities. A group is its openConversationId (what the group send takes); a 1:1
/// chat is named after the person (<c>user:</c> + userId), because the 1:1 send addresses people, not chats, and a
/// card pressed in that chat must land in the same dialog state as the messages typed there.
/// </summary>
public static class DingTalkConversations
{
    public const string PersonalPrefix = "user:";

    /// <summary>The channel id of DingTalk Activities (<c>dingtalk</c>).</summary>
    public const string ChannelId = MeetingBot.BotFramework.Schema.Channels.DingTalk;

    public static ConversationAccount Personal(string staffId) =>
        new(PersonalPrefix + staffId, isGroup: false, conversationType: "personal");

    public static ConversationAccount Group(string openConversationId, string? title) =>
        new(openConversationId, isGroup: true, conversationType: "group") { Name = title };

    /// <summary>
    /// The DingTalk userId a 1:1 reference reaches: the one its conversation is named after (the reference's user is the
    /// directory person the host matched, not a platform id), or its user when the conversation names nobody.
    /// </summary>
    public static string? PersonOf(ConversationReference reference) =>
        reference.Conversation?.Id is { } c && c.StartsWith(PersonalPrefix, StringComparison.Ordinal)
            ? c[PersonalPrefix.Length..]
            : reference.User?.Id is { Length: > 0 } id && reference.User.Role != "bot" ? id : null;
}
