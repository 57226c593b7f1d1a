using MeetingBot.BotFramework.DirectLine;

namespace MeetingBot.Invitations;

/// <summary>
/// Who may use the web chat: the holder of a valid invitation, as the invited person, in their own 1:1
/// conversation or (<c>?conversation=team</c>) their meeting's team conversation. A revoked or expired invitation
/// ends every token made from it.
/// </summary>
public sealed class InvitationGrants(InvitationCodes codes, InvitationStore store, TimeProvider time) : IDirectLineGrants
{
    public async Task<DirectLineGrant?> ResolveAsync(string credential, string? conversation, CancellationToken cancellationToken)
    {
        if (await codes.IdOfAsync(credential) is not { } id
            || await store.FindAsync(id, cancellationToken) is not { } invitation
            || !invitation.IsActive(time.GetUtcNow()))
        {
            return null;
        }

        return conversation switch
        {
            null or "" or "personal" => new DirectLineGrant(invitation.Id, invitation.UserId, invitation.Name,
                InvitationConversations.PersonalId(invitation.UserId), IsGroup: false),
            InvitationConversations.Team when invitation.MeetingId is { } meetingId => new DirectLineGrant(invitation.Id, invitation.UserId,
                invitation.Name, InvitationConversations.TeamId(meetingId), IsGroup: true),
            _ => null,
        };
    }

    public async Task<bool> IsActiveAsync(string grantId, CancellationToken cancellationToken) =>
        (await store.FindAsync(grantId, cancellationToken))?.IsActive(time.GetUtcNow()) ?? false;
}
