using MeetingBot.BotFramework.Storage;

namespace MeetingBot.DingTalk.Actions;

/// <summary>
/// Which action links were pressed: one document per link nonce, created only if absent, so of two presses — on two
/// instances, or twice on one — exactly one runs the action. Kept until the link would have expired anyway.
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

    internal sealed record PressedLink(string StaffId, DateTimeOffset PressedAt, DateTimeOffset Expires);
}
