using MeetingBot.BotFramework.Schema;

namespace MeetingBot.Delivery;

/// <summary>One proactive message to one recipient. <paramref name="DeliveryKey"/> names it for the ledger (what, whom, which occurrence).</summary>
public sealed record PushMessage(string DeliveryKey, ConversationReference Recipient, Activity Activity);
