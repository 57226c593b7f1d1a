using MeetingBot.WebChannel.DirectLine;

namespace MeetingBot.WebChannel;

/// <summary>
/// Ends invitations: the stored invitation is marked revoked (every token made from it then fails), and the chats
/// open on this instance under it close at once rather than at their next grant check.
/// </summary>
public sealed class InvitationRevocation(InvitationStore store, DirectLineStreams streams)
{
    /// <returns>Whether this call revoked it (false when it was revoked already or does not exist).</returns>
    public async Task<bool> RevokeAsync(string invitationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await store.RevokeAsync(invitationId, now, cancellationToken))
        {
            return false;
        }

        streams.EndGrant(invitationId);
        return true;
    }

    /// <summary>Revokes every active invitation of <paramref name="userId"/> to <paramref name="meetingId"/> (they left it).</summary>
    /// <returns>How many this call revoked.</returns>
    public async Task<int> RevokeForAsync(string meetingId, string userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var revoked = 0;
        foreach (var invitation in await store.ForMeetingAsync(meetingId, cancellationToken))
        {
            if (invitation.UserId == userId && invitation.RevokedAt is null && await RevokeAsync(invitation.Id, now, cancellationToken))
            {
                revoked++;
            }
        }

        return revoked;
    }
}
