namespace MeetingBot.WebChannel.DirectLine;

/// <summary>
/// What a credential opens: one user in one conversation. <see cref="GrantId"/> names the grant (e.g. an invitation)
/// so that revoking it ends every token issued from it.
/// </summary>
public sealed record DirectLineGrant(string GrantId, string UserId, string? UserName, string ConversationId, bool IsGroup);
