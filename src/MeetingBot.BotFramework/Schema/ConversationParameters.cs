using System.Text.Json;

namespace MeetingBot.BotFramework.Schema;

/// <summary>The body of create-conversation (protocol §5, §6.3).</summary>
public sealed class ConversationParameters
{
    public bool? IsGroup { get; set; }
    public ChannelAccount? Bot { get; set; }
    public List<ChannelAccount>? Members { get; set; }
    public string? TopicName { get; set; }
    public string? TenantId { get; set; }
    public Activity? Activity { get; set; }
    public JsonElement? ChannelData { get; set; }
}
