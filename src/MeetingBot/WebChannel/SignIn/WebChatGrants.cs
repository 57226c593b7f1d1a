using MeetingBot.WebChannel.DirectLine;
using MeetingBot.WebChannel;

namespace MeetingBot.WebChannel.SignIn;

/// <summary>
/// Who may use the web chat: a signed-in person or the holder of an invitation. Each kind of credential is checked
/// by its own grants (their signatures have different audiences, so one never passes for the other); a token's grant
/// goes back to the kind that issued it.
/// </summary>
public sealed class WebChatGrants(SignInGrants signIn, InvitationGrants invitations) : IDirectLineGrants
{
    public async Task<DirectLineGrant?> ResolveAsync(string credential, string? conversation, CancellationToken cancellationToken) =>
        await signIn.ResolveAsync(credential, conversation, cancellationToken)
            ?? await invitations.ResolveAsync(credential, conversation, cancellationToken);

    public Task<bool> IsActiveAsync(string grantId, CancellationToken cancellationToken) =>
        SignInGrants.Owns(grantId)
            ? signIn.IsActiveAsync(grantId, cancellationToken)
            : invitations.IsActiveAsync(grantId, cancellationToken);
}
