using System.Text.Json;
using System.Text.Json.Serialization;

namespace MeetingBot.BotFramework.Schema;

/// <summary>A user or bot on a channel (protocol §1.3).</summary>
public sealed class ChannelAccount
{
    public ChannelAccount() { }

    public ChannelAccount(string id, string? name = null)
    {
        Id = id;
        Name = name;
    }

    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }

    /// <summary>Fields this model does not name (Teams adds givenName, email, …), kept for round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
