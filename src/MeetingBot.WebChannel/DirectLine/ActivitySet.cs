using MeetingBot.BotFramework.Schema;

namespace MeetingBot.WebChannel.DirectLine;

/// <summary>A page of a conversation's activities and the watermark to ask from next (protocol §8.1).</summary>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string? Watermark);
