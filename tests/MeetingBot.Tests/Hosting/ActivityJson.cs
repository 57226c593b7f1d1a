using System.Text.Json.Nodes;

namespace MeetingBot.Tests.Hosting;

/// <summary>
/// Activities as a channel posts them, as mutable JSON so a test can break exactly one field. Every activity gets
/// a fresh id and conversation, so tests never trip the de-duplicator or each other's stored references.
/// </summary>
public static class ActivityJson
{
    public const string ChannelId = "msteams";
    public const string ServiceUrl = "https://smba.trafficmanager.net/teams/";

    public static JsonObject Message(string text, string channelId = ChannelId) => Activity("message", channelId, text);

    /// <summary>An event nobody handles: the bot answers nothing, so no connector call is made.</summary>
    public static JsonObject Event(string channelId = ChannelId)
    {
        var activity = Activity("event", channelId);
        activity["name"] = "someExtension";
        return activity;
    }

    public static JsonObject Invoke(string name, JsonNode? value)
    {
        var activity = Activity("invoke", ChannelId);
        activity["name"] = name;
        if (value is not null)
        {
            activity["value"] = value;
        }

        return activity;
    }

    public static JsonObject OfType(string type) => Activity(type, ChannelId);

    /// <summary>Asks for the replies in the HTTP response instead of through the connector.</summary>
    public static JsonObject ExpectingReplies(this JsonObject activity)
    {
        activity["deliveryMode"] = "expectReplies";
        return activity;
    }

    public static JsonObject In(this JsonObject activity, string locale)
    {
        activity["locale"] = locale;
        return activity;
    }

    /// <summary>A copy with <paramref name="field"/> set to <paramref name="rawJson"/>, or removed when it is null.</summary>
    public static JsonObject With(this JsonObject activity, string field, string? rawJson)
    {
        var copy = (JsonObject)activity.DeepClone();
        if (rawJson is null)
        {
            copy.Remove(field);
        }
        else
        {
            copy[field] = JsonNode.Parse(rawJson);
        }

        return copy;
    }

    /// <summary>
    /// The activity as text with a <c>value</c> of <paramref name="depth"/> nested arrays (the activity itself is
    /// one level more). Text, because JSON nodes refuse to hold what is deeper than 64.
    /// </summary>
    public static string WithValueNested(this JsonObject activity, int depth)
    {
        var json = activity.ToJsonString();
        return $"{json[..^1]},\"value\":{new string('[', depth)}{new string(']', depth)}}}";
    }

    public static string ConversationId(this JsonObject activity) => activity["conversation"]!["id"]!.GetValue<string>();

    private static JsonObject Activity(string type, string channelId, string? text = null)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = "activity-" + Guid.NewGuid().ToString("N"),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["serviceUrl"] = ServiceUrl,
            ["channelId"] = channelId,
            ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "Li Lei" },
            ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "MeetingBot" },
            ["conversation"] = new JsonObject { ["id"] = "conversation-" + Guid.NewGuid().ToString("N") },
        };
        if (text is not null)
        {
            activity["text"] = text;
        }

        return activity;
    }
}
