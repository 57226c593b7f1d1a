namespace MeetingBot.WeCom.Callback;

/// <summary>
/// One decrypted callback (接收消息与事件): a text or file message, or an event such as a template card's button
/// (template_card_event). <see cref="ChatId"/> is set only when the platform names a group chat the message was said in.
/// </summary>
public sealed record WeComMessage(
    string FromUserName,
    long CreateTime,
    string MsgType,
    string? MsgId,
    string? Content,
    string? MediaId,
    string? FileName,
    string? Event,
    string? EventKey,
    string? TaskId,
    string? ChatId)
{
    public const string Text = "text";
    public const string File = "file";
    public const string EventType = "event";
    public const string TemplateCardEvent = "template_card_event";

    /// <summary>The message in <paramref name="xml"/>, or null when it lacks the fields every callback has.</summary>
    public static WeComMessage? Parse(string xml)
    {
        if (WeComXml.Fields(xml) is not { } f
            || !f.TryGetValue("FromUserName", out var from) || string.IsNullOrWhiteSpace(from)
            || !f.TryGetValue("MsgType", out var type) || string.IsNullOrWhiteSpace(type)
            || !f.TryGetValue("CreateTime", out var created) || !long.TryParse(created, out var createTime))
        {
            return null;
        }

        return new WeComMessage(
            from.Trim(), createTime, type.Trim(), f.GetValueOrDefault("MsgId"), f.GetValueOrDefault("Content"), f.GetValueOrDefault("MediaId"),
            f.GetValueOrDefault("FileName") ?? f.GetValueOrDefault("Title"), f.GetValueOrDefault("Event"), f.GetValueOrDefault("EventKey"),
            f.GetValueOrDefault("TaskId"), f.GetValueOrDefault("ChatId"));
    }
}
