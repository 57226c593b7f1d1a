using MeetingBot.BotFramework.Schema;
using MeetingBot.Coordination.Texts;
using MeetingBot.Documents.Links;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Reporting;

/// <summary>
/// A text reply with files: a download line per link under the text, and the files as attachments where the
/// channel takes them (<see cref="DocumentAttachment"/>, as the review cards send uploaded documents).
/// </summary>
public static class FileReply
{
    public static Activity With(string text, IReadOnlyList<DocumentLink> links, UserLocale locale, string? channelId)
    {
        var lines = links.Select(link => ReportingTexts.DownloadLine.In(locale, MarkdownEscape.Text(link.FileName), link.Url.AbsoluteUri));
        var message = Activity.CreateMessage(links.Count == 0 ? text : text + "\n\n" + string.Join("\n", lines));
        message.Attachments = links.Count > 0 && DocumentAttachment.ChannelTakesFiles(channelId) ? [.. links.Select(DocumentAttachment.Of)] : null;
        return message;
    }
}
