using MeetingBot.Coordination.Meetings;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.WebChannel;

/// <summary>
/// Reads the invitation in a <c>/chat?invite=…</c> link before the page is served, so that an expired or revoked
/// link shows a page that says so and whom to ask, instead of a chat that cannot connect.
/// </summary>
public sealed class InvitationLinkCheck(InvitationCodes codes, InvitationStore store, MeetingRepository meetings, TimeProvider time)
{
    public async Task<InvitationLinkStanding> CheckAsync(string code, CancellationToken cancellationToken)
    {
        if (await codes.ReadAsync(code) is not { } read || await store.FindAsync(read.Id, cancellationToken) is not { } invitation)
        {
            return InvitationLinkStanding.Invalid;
        }

        var now = time.GetUtcNow();
        if (invitation.IsActive(now) && read.ExpiresAt > now)
        {
            return InvitationLinkStanding.Active;
        }

        var whom = await WhomToAskAsync(invitation, cancellationToken);
        return invitation.RevokedAt is { } revokedAt
            ? new InvitationLinkStanding(InvitationLinkState.Revoked, revokedAt, whom)
            : new InvitationLinkStanding(InvitationLinkState.Expired, read.ExpiresAt < invitation.ExpiresAt ? read.ExpiresAt : invitation.ExpiresAt, whom);
    }

    /// <summary>The meeting's secretaries (the office that sends links); failing them, the person who issued this one.</summary>
    private async Task<IReadOnlyList<string>> WhomToAskAsync(Invitation invitation, CancellationToken cancellationToken)
    {
        if (invitation.MeetingId is not { } meetingId || await meetings.GetMeetingAsync(unitOfWork: null, meetingId, cancellationToken) is not { } meeting)
        {
            return [];
        }

        var secretaries = meeting.Participants.Where(p => p.Holds(Role.Secretary)).Select(p => p.Name).Distinct().ToList();
        if (secretaries.Count > 0)
        {
            return secretaries;
        }

        return meeting.Participants.FirstOrDefault(p => p.UserId == invitation.CreatedBy) is { } issuer ? [issuer.Name] : [];
    }
}
