using System.Text.Json.Nodes;

namespace MeetingBot.WeCom.Tests.Fake;

/// <summary>One message the fake platform accepted: to a person (message/send) or into a group chat (appchat/send).</summary>
public sealed record Delivered(string? ToUser, string? ChatId, string MsgType, JsonObject Payload)
{
    public string Text => MsgType switch
    {
        "text" => Payload["text"]?["content"]?.ToString() ?? "",
        "markdown" => Payload["markdown"]?["content"]?.ToString() ?? "",
        "template_card" => Payload["template_card"]?["main_title"]?["title"] + "\n" + Payload["template_card"]?["sub_title_text"],
        _ => "",
    };
}
