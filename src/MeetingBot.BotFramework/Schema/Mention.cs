namespace MeetingBot.BotFramework.Schema;

/// <summary>A mention entity: who was mentioned and the markup (<c>&lt;at&gt;Name&lt;/at&gt;</c>) that stands for them in the text.</summary>
public sealed record Mention(ChannelAccount? Mentioned, string? Text);
