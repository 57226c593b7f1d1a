namespace MeetingBot.WebChannel.DirectLine;

/// <summary>Who a valid token speaks for, in which conversation, until when.</summary>
public sealed record DirectLineIdentity(DirectLineGrant Grant, string TokenId, DateTimeOffset ExpiresAt)
{
    /// <summary>Rate limits follow the person in the conversation, so refreshing a token does not reset them.</summary>
    public string RateKey => $"{Grant.ConversationId}|{Grant.UserId}";
}
