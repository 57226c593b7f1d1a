namespace MeetingBot.BotFramework.Schema;

/// <summary>One page of a conversation's members.</summary>
public sealed record PagedMembersResult(List<ChannelAccount>? Members, string? ContinuationToken);
