namespace MeetingBot.BotFramework.Schema;

/// <summary>The HTTP body for <c>deliveryMode: expectReplies</c>: every reply of the turn.</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);
