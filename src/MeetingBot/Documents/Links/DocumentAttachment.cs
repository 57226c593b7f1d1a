using MeetingBot.BotFramework.Schema;

namespace MeetingBot.Documents.Links;

/// <summary>
/// A download link as a file attachment whose contentUrl is the reader's own link. Teams takes files from bots only
/// through its file consent or SharePoint cards, so there the link goes in the text or a button instead; Web Chat,
/// Direct Line and the Emulator show the attachment as a file to download.
/// </summary>
public static class DocumentAttachment
{
    public static Attachment Of(DocumentLink link) =>
        new() { ContentType = link.ContentType, ContentUrl = link.Url.AbsoluteUri, Name = link.FileName };

    public static bool ChannelTakesFiles(string? channelId) =>
        // Teams' row says it takes files, but from bots only through consent cards: its links stay in the text.
        !string.Equals(channelId, Channels.MsTeams, StringComparison.OrdinalIgnoreCase) && ChannelCapabilities.For(channelId).FileAttachments;
}
