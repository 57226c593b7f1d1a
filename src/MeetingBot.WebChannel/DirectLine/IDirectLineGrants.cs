namespace MeetingBot.WebChannel.DirectLine;

/// <summary>
/// The host decides who may talk: it turns a credential (an invitation) into a grant, and says whether a grant
/// still stands. The protocol layer signs tokens for grants and checks them on every request.
/// </summary>
public interface IDirectLineGrants
{
    /// <param name="conversation">What the client asked for (<c>?conversation=</c>), null for the person's own chat.</param>
    Task<DirectLineGrant?> ResolveAsync(string credential, string? conversation, CancellationToken cancellationToken);

    Task<bool> IsActiveAsync(string grantId, CancellationToken cancellationToken);
}
