namespace MeetingBot.Documents.Links;

/// <summary>A download link issued to one viewer, with what a message needs to show it as a file.</summary>
public sealed record DocumentLink(Uri Url, string FileName, string ContentType, DateTimeOffset ExpiresAt);
