namespace MeetingBot.DingTalk.Inbound;

/// <summary>
/// A message to the robot, as the platform sends it (HTTP callback body, or the data of a Stream frame of topic
/// <c>/v1.0/im/bot/messages/get</c>). Only the fields the bot reads.
/// </summary>
public sealed record RobotMessage
{
    public string? MsgId { get; init; }

    public string? Msgtype { get; init; }

    public RobotText? Text { get; init; }

    /// <summary>"1": a 1:1 chat with the robot; "2": a group, where the robot hears only messages that @mention it.</summary>
    public string? ConversationType { get; init; }

    /// <summary>The chat; in a group it is the openConversationId the group send takes.</summary>
    public string? ConversationId { get; init; }

    public string? ConversationTitle { get; init; }

    /// <summary>The sender's userId in the organisation (staffId): what the directory matches.</summary>
    public string? SenderStaffId { get; init; }

    public string? SenderNick { get; init; }

    public string? SenderCorpId { get; init; }

    public string? ChatbotUserId { get; init; }

    public string? RobotCode { get; init; }

    public IReadOnlyList<RobotAtUser>? AtUsers { get; init; }

    public bool? IsInAtList { get; init; }

    public long? CreateAt { get; init; }
}
