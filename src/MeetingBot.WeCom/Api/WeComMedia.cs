namespace MeetingBot.WeCom.Api;

/// <summary>A file downloaded from the platform (media/get): its bytes and the name the platform gave it, if any.</summary>
public sealed record WeComMedia(byte[] Content, string? FileName);
