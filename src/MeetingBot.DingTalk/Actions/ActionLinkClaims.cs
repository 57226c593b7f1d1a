using MeetingBot.BotFramework.Storage;

namespace MeetingBot.DingTalk.Actions;

/// <summary>
/// Which action links were pressed: one document per link nonce, created only if absent, so of two presses — on two
/// instances, or twice on one — exactly one runs the action. Kept until the link has expired (from then on the
/// link is refused as expired, so the record is no longer needed and <see cref="PruneAsync"/> deletes it).
/// </summary>
public sealed class ActionLinkClaims(IStorage storage, TimeProvider time)
{
    public const string KeyPrefix = "dingtalk/action-links/";

    public async Task<bool> IsUsedAsync(ActionLink link, CancellationToken cancellationToken) =>
        await storage.ReadAsync<PressedLink>(KeyPrefix + link.Nonce, cancellationToken) is not null;

    /// <returns>True for the first press of the link; false when it was pressed before.</returns>
    public async Task<bool> TryClaimAsync(ActionLink link, CancellationToken cancellationToken)
    {
        try
        {
            await storage.WriteAsync(KeyPrefix + link.Nonce, new PressedLink(link.StaffId, time.GetUtcNow(), link.Expires), WriteCondition.IfAbsent, cancellationToken);
            return true;
        }
        catch (StorageConflictException)
        {
            return false;
        }
    }

    /// <returns>How many records of expired links were deleted (each conditional on the ETag it was listed with).</returns>
    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var deleted = 0;
        foreach (var document in await storage.ListAsync(KeyPrefix, cancellationToken))
        {
            var pressed = System.Text.Json.JsonSerializer.Deserialize<PressedLink>(document.Json, MeetingBot.BotFramework.Storage.StorageJson.Options);
            if (pressed is not null && pressed.Expires > now)
            {
                continue;
            }

            try
            {
                deleted += await storage.DeleteAsync(document.Key, WriteCondition.IfMatch(document.ETag), cancellationToken) ? 1 : 0;
            }
            catch (StorageConflictException)
            {
                // Changed since it was listed (never, in practice): left for the next round.
            }
        }

        return deleted;
    }

    internal sealed record PressedLink(string StaffId, DateTimeOffset PressedAt, DateTimeOffset Expires);
}
