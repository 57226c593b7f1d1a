namespace MeetingBot.WebChannel.DirectLine;

/// <summary>
/// The stored header of a hosted conversation. <see cref="LastSequence"/> is where the next append starts looking;
/// the activities themselves are the truth (each claims its sequence number by exclusive create).
/// </summary>
public sealed record DirectLineConversation(int Version, string Id, bool IsGroup, long LastSequence, DateTimeOffset CreatedAt, DateTimeOffset? StartedAt)
{
    public const int CurrentVersion = 1;
}
