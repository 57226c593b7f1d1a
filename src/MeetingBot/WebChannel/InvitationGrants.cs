using MeetingBot.WebChannel.DirectLine;
using MeetingBot.Meetings.Storage;
using MeetingBot.People;

namespace MeetingBot.WebChannel;

/// <summary>
/// Who may use the web chat: the holder of a valid invitation, as the directory person it was made for, in their own
/// 1:1 conversation or (<c>?conversation=team</c>) the team conversation of the invitation's meeting. An invitation
/// stands only while it is neither revoked nor expired, its person is still in the directory under the same web
/// chat id, and (for a meeting's invitation) still a participant of that meeting: so it never reaches into a
/// meeting its person is not in, and ending it ends every token made from it.
/// </summary>
public sealed class InvitationGrants(InvitationCodes codes, InvitationStore store, PeopleDirectoryStore people, MeetingRepository meetings, TimeProvider time)
    : IDirectLineGrants
{
    public async Task<DirectLineGrant?> ResolveAsync(string credential, string? conversation, CancellationToken cancellationToken)
    {
        if (await codes.IdOfAsync(credential) is not { } id
            || await store.FindAsync(id, cancellationToken) is not { } invitation
            || !await StandsAsync(invitation, cancellationToken))
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
        await store.FindAsync(grantId, cancellationToken) is { } invitation && await StandsAsync(invitation, cancellationToken);

    private async Task<bool> StandsAsync(Invitation invitation, CancellationToken cancellationToken)
    {
        if (!invitation.IsActive(time.GetUtcNow())
            || (await people.GetAsync(cancellationToken)).Find(invitation.PersonId!) is not { } person
            || person.WebChatUserId != invitation.UserId)
        {
            return false;
        }

        return invitation.MeetingId is not { } meetingId
            || (await meetings.GetMeetingAsync(unitOfWork: null, meetingId, cancellationToken))?.Find(invitation.UserId) is not null;
    }
}
