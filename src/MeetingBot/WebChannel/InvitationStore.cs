using MeetingBot.BotFramework.Storage;

namespace MeetingBot.WebChannel;

/// <summary>Invitations, one document each; created once, changed only to revoke (with its ETag).</summary>
public sealed class InvitationStore(IStorage storage)
{
    private const string Prefix = "invitations/";
    private const int MaxAttempts = 5;

    public static string Key(string id) => Prefix + id;

    public async Task<Invitation?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await storage.ReadAsync<Invitation>(Key(id), cancellationToken))?.Value;

    public Task CreateAsync(Invitation invitation, CancellationToken cancellationToken) =>
        storage.WriteAsync(Key(invitation.Id), invitation, WriteCondition.IfAbsent, cancellationToken);

    public async Task<IReadOnlyList<Invitation>> ForMeetingAsync(string meetingId, CancellationToken cancellationToken)
    {
        var all = await storage.ListAsync(Prefix, cancellationToken);
        return [.. all
            .Select(d => System.Text.Json.JsonSerializer.Deserialize<Invitation>(d.Json, BotFramework.Schema.BotJson.Options)!)
            .Where(i => i.MeetingId == meetingId)];
    }

    /// <returns>Whether this call revoked it (false when it was revoked already or does not exist).</returns>
    public async Task<bool> RevokeAsync(string id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await storage.ReadAsync<Invitation>(Key(id), cancellationToken);
            if (current is null || current.Value.RevokedAt is not null)
            {
                return false;
            }

            try
            {
                await storage.WriteAsync(Key(id), current.Value with { RevokedAt = now }, WriteCondition.IfMatch(current.ETag), cancellationToken);
                return true;
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                // Revoked twice at once: look again.
            }
        }
    }
}
