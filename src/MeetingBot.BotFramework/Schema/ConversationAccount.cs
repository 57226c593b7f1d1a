using System.Text.Json;
using System.Text.Json.Serialization;

namespace MeetingBot.BotFramework.Schema;

/// <summary>The conversation an activity belongs to (protocol §1.3).</summary>
public sealed class ConversationAccount
{
    public ConversationAccount() { }

    public ConversationAccount(string id, bool? isGroup = null, string? conversationType = null, string? tenantId = null)
    {
        Id = id;
        IsGroup = isGroup;
        ConversationType = conversationType;
        TenantId = tenantId;
    }

    public string? Id { get; set; }
    public string? Name { get; set; }
    public bool? IsGroup { get; set; }
    public string? ConversationType { get; set; }
    public string? TenantId { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
