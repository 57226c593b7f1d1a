using System.Text.Json;
using System.Text.Json.Serialization;

namespace MeetingBot.BotFramework.Schema;

/// <summary>
/// One Bot Framework activity (protocol §1). Bodies whose shape belongs to the channel or the payload
/// (<see cref="ChannelData"/>, <see cref="Value"/>) stay raw JSON, and every field this class does not name
/// is kept in <see cref="Properties"/>, so an activity round-trips without loss.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }

    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Timestamp { get; set; }

    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? ReplyToId { get; set; }
    public string? Text { get; set; }
    public string? TextFormat { get; set; }
    public string? Locale { get; set; }
    public string? Speak { get; set; }
    public string? InputHint { get; set; }
    public string? Summary { get; set; }
    public string? AttachmentLayout { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public List<Entity>? Entities { get; set; }
    public JsonElement? ChannelData { get; set; }
    public JsonElement? Value { get; set; }
    public string? ValueType { get; set; }
    public string? Name { get; set; }
    public string? Label { get; set; }
    public string? Action { get; set; }
    public string? Code { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }
    public string? TopicName { get; set; }
    public bool? HistoryDisclosed { get; set; }
    public JsonElement? ReactionsAdded { get; set; }
    public JsonElement? ReactionsRemoved { get; set; }
    public ConversationReference? RelatesTo { get; set; }
    public string? DeliveryMode { get; set; }
    public string? Importance { get; set; }

    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Expiration { get; set; }

    public string? CallerId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    public bool IsType(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);

    /// <summary>A message activity addressed from the bot; channel fields are filled when it is sent in a turn.</summary>
    public static Activity CreateMessage(string? text = null) => new() { Type = ActivityTypes.Message, Text = text };

    /// <summary>The reference the bot stores to continue this conversation later (protocol §6.1).</summary>
    public ConversationReference GetConversationReference()
    {
        // Replying to a conversationUpdate fails on Direct Line and Web Chat, so the id is left out there.
        var skipActivityId = IsType(ActivityTypes.ConversationUpdate)
            && (ChannelId is Channels.DirectLine or Channels.WebChat);
        return new ConversationReference
        {
            ActivityId = skipActivityId ? null : Id,
            User = From,
            Bot = Recipient,
            Conversation = Conversation,
            ChannelId = ChannelId,
            ServiceUrl = ServiceUrl,
            Locale = Locale,
        };
    }

    /// <summary>Addresses this (outbound) activity to the conversation in <paramref name="reference"/>.</summary>
    public Activity ApplyConversationReference(ConversationReference reference, bool isIncoming = false)
    {
        ChannelId = reference.ChannelId;
        ServiceUrl = reference.ServiceUrl;
        Conversation = reference.Conversation;
        Locale ??= reference.Locale;
        if (isIncoming)
        {
            From = reference.User;
            Recipient = reference.Bot;
            Id = reference.ActivityId ?? Id;
        }
        else
        {
            From = reference.Bot;
            Recipient = reference.User;
            ReplyToId = reference.ActivityId ?? ReplyToId;
        }

        return this;
    }
}
