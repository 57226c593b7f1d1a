namespace MeetingBot.DingTalk.Tests.Fakes;

/// <summary>A robot message the fake platform accepted: to a person (1:1) or a group.</summary>
public sealed record Delivered(string? UserId, string? OpenConversationId, string MsgKey, string MsgParam)
{
    /// <summary>What a person reads: the text of sampleText, or the text of markdown and action cards.</summary>
    public string Text
    {
        get
        {
            var param = System.Text.Json.Nodes.JsonNode.Parse(MsgParam)!;
            return (param["content"] ?? param["text"])?.GetValue<string>() ?? string.Empty;
        }
    }

    /// <summary>The buttons of an action card: title and the text a press sends (dtmd sendMessage), or the URL.</summary>
    public IReadOnlyList<(string Title, string Url)> Buttons
    {
        get
        {
            var param = System.Text.Json.Nodes.JsonNode.Parse(MsgParam)!.AsObject();
            if (param["singleTitle"] is { } single)
            {
                return [(single.GetValue<string>(), param["singleURL"]!.GetValue<string>())];
            }

            return [.. Enumerable.Range(1, 6).Where(i => param[$"actionTitle{i}"] is not null)
                .Select(i => (param[$"actionTitle{i}"]!.GetValue<string>(), param[$"actionURL{i}"]!.GetValue<string>()))];
        }
    }
}
