using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Proactive;

/// <summary>
/// A conversation reference as kept for proactive sends. <see cref="ServiceUrlVerified"/> records that the
/// serviceUrl came from an activity whose signed token vouched for it, so the bot may send its token there later.
/// </summary>
public sealed record StoredConversationReference(
    int Version,
    ConversationReference Reference,
    bool ServiceUrlVerified,
    DateTimeOffset UpdatedAt)
{
    public const int CurrentVersion = 1;
}
