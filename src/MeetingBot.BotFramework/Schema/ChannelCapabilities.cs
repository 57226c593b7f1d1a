namespace MeetingBot.BotFramework.Schema;

/// <summary>
/// What a channel can show. The chat front asks this table — never the channel id — whether to send a card, markdown,
/// buttons or a file, so a new channel adapter only adds a row here.
/// </summary>
/// <param name="AdaptiveCards">Renders Adaptive Card attachments.</param>
/// <param name="Markdown">Renders markdown in message text.</param>
/// <param name="Buttons">Shows actions a person can press (on a card or the platform's own card type).</param>
/// <param name="FileAttachments">Takes a file as an attachment; otherwise a file goes out as a download link.</param>
public sealed record ChannelCapabilities(bool AdaptiveCards, bool Markdown, bool Buttons, bool FileAttachments)
{
    /// <summary>What an unknown channel gets: plain text and links, which every channel shows.</summary>
    public static readonly ChannelCapabilities PlainText = new(false, false, false, false);

    private static readonly Dictionary<string, ChannelCapabilities> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        [Channels.MsTeams] = new(AdaptiveCards: true, Markdown: true, Buttons: true, FileAttachments: true),
        [Channels.DirectLine] = new(AdaptiveCards: true, Markdown: true, Buttons: true, FileAttachments: true),
        [Channels.WebChat] = new(AdaptiveCards: true, Markdown: true, Buttons: true, FileAttachments: true),
        [Channels.Emulator] = new(AdaptiveCards: true, Markdown: true, Buttons: true, FileAttachments: true),
        // WeCom: its adapter translates an Adaptive Card into a template_card whose buttons come back as the same card
        // submit (button_interaction), so to the chat front it renders cards; markdown renders a subset; files by media id.
        [Channels.WeCom] = new(AdaptiveCards: true, Markdown: true, Buttons: true, FileAttachments: true),
        // DingTalk: its adapter translates an Adaptive Card into an ActionCard whose buttons open a signed page of the
        // service that runs the same card submit as the person the card was sent to (in a group, where a link cannot
        // know who pressed it, a button sends its title as text); files go out as links.
        [Channels.DingTalk] = new(AdaptiveCards: true, Markdown: true, Buttons: true, FileAttachments: false),
    };

    /// <summary>The row for a channel id; plain text for a channel the table does not know.</summary>
    public static ChannelCapabilities For(string? channelId) =>
        channelId is not null && Known.TryGetValue(channelId, out var row) ? row : PlainText;
}
