using MeetingBot.BotFramework.Schema;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings;

/// <summary>
/// One private message to one person about one event. <paramref name="DeliveryKey"/> (see <see cref="NoticeKeys"/>)
/// names the event, the version it is about and the recipient, so the delivery ledger sends it at most once however
/// often the turn that caused it is replayed or retried. <paramref name="Compose"/> writes it in the recipient's language.
/// </summary>
public sealed record PersonalNotice(string ChannelId, string UserId, string DeliveryKey, Func<UserLocale, Activity> Compose)
{
    /// <summary>A plain text notice.</summary>
    public static PersonalNotice Text(string channelId, string userId, string deliveryKey, Func<UserLocale, string> text) =>
        new(channelId, userId, deliveryKey, locale => Activity.CreateMessage(text(locale)));
}
