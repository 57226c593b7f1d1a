using MeetingBot.BotFramework.Storage;

namespace MeetingBot.WebChannel;

/// <summary>Invitations, one document each; created once, changed only to revoke (with its ETag).</summary>
public sealed class InvitationStore(IStorage storage)
{
    private const string Prefix = "invitations/";

    public static string Key(string id) => Prefix + id;

    public async Task<Invitation?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await storage.ReadAsync<Invitation>(Key(id), cancellationToken))?.Value;

    public Task CreateAsync(Invitation invitation, CancellationToken cancellationToken) =>
        storage.WriteAsync(Key(invitation.Id), invitation, WriteCondition.IfAbsent, cancellationToken);

    public async Task<IReadOnlyList<Invitation>> ForMeetingAsync(string meetingId, CancellationToken cancellationToken)
    {
        var all = await storage.ListAsync(Prefix, cancellationToken);
        return [.. all
            .Select(d => System.Text.Json.JsonSerializer.Deserialize<Invitation>(d.Json, BotFramework.Storage.StorageJson.Options)!)
            .Where(i => i.MeetingId == meetingId)];
    }

    /// <returns>Whether this call revoked it (false when it was revoked already or does not exist).</returns>
    public async Task<bool> RevokeAsync(string id, DateTimeOffset now, CancellationToken cancellationToken) =>
        (await storage.UpdateAsync<Invitation>(Key(id), current => current is null || current.RevokedAt is not null
            ? null
            : current with { RevokedAt = now }, cancellationToken)).Written;
}
