using MeetingBot.WebChannel.DirectLine;

namespace MeetingBot.WebChannel.Tests.DirectLine;

/// <summary>Grants held in memory: a credential maps to a grant; revoking a grant id ends it.</summary>
internal sealed class FakeGrants : IDirectLineGrants
{
    public Dictionary<string, DirectLineGrant> ByCredential { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Revoked { get; } = new(StringComparer.Ordinal);

    public Task<DirectLineGrant?> ResolveAsync(string credential, string? conversation, CancellationToken cancellationToken) =>
        Task.FromResult(ByCredential.TryGetValue(credential, out var grant) && !Revoked.Contains(grant.GrantId) ? grant : null);

    public Task<bool> IsActiveAsync(string grantId, CancellationToken cancellationToken) => Task.FromResult(!Revoked.Contains(grantId));
}
