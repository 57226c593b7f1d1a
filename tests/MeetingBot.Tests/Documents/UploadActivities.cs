using System.Text.Json;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.Tests.Documents;

/// <summary>Messages carrying a file the way each channel sends one.</summary>
internal static class UploadActivities
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Teams 1:1: a file.download.info attachment with a pre-authenticated download URL.</summary>
    public static Activity Teams(string name, string downloadUrl, string fileType) => Message(new Attachment
    {
        ContentType = "application/vnd.microsoft.teams.file.download.info",
        Name = name,
        ContentUrl = "https://contoso.sharepoint.com/personal/u/Documents/Microsoft%20Teams%20Chat%20Files/" + Uri.EscapeDataString(name),
        Content = JsonSerializer.SerializeToElement(new { downloadUrl, uniqueId = "1150D938-8870-4044-9F2C-5BBDEBA70C8C", fileType }),
    });

    /// <summary>Web Chat / Direct Line and the Emulator: the file's content type and a content URL (http(s) or data:).</summary>
    public static Activity WebChat(string name, string contentUrl, string? contentType = DocxType) =>
        Message(new Attachment { ContentType = contentType, Name = name, ContentUrl = contentUrl });

    public static Activity Message(params Attachment[] attachments) =>
        new() { Type = ActivityTypes.Message, ChannelId = "webchat", Text = "", Attachments = [.. attachments] };
}
