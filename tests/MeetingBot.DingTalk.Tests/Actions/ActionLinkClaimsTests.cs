using System.Text.Json;
using MeetingBot.BotFramework.Storage;
using MeetingBot.DingTalk.Actions;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.DingTalk.Tests.Actions;

/// <summary>A link runs once across instances (create-if-absent), and its record goes once the link has expired.</summary>
public sealed class ActionLinkClaimsTests
{
    private static readonly JsonElement Value = JsonSerializer.SerializeToElement(new { command = "帮助" });

    [Fact]
    public async Task TwoInstancesPressingTheSameLink_RunItOnce()
    {
        var storage = new MemoryStorage();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var link = Link("A1", time.GetUtcNow().AddDays(1));
        var first = new ActionLinkClaims(storage, time);
        var second = new ActionLinkClaims(storage, time);

        var pressed = await Task.WhenAll(first.TryClaimAsync(link, default), second.TryClaimAsync(link, default));

        Assert.Equal(1, pressed.Count(p => p));
        Assert.True(await second.IsUsedAsync(link, default));
        Assert.False(await first.IsUsedAsync(Link("B2", time.GetUtcNow().AddDays(1)), default));
    }

    [Fact]
    public async Task Pruning_DeletesOnlyTheRecordsOfExpiredLinks()
    {
        var storage = new MemoryStorage();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var claims = new ActionLinkClaims(storage, time);
        var soon = Link("C3", time.GetUtcNow().AddHours(1));
        var later = Link("D4", time.GetUtcNow().AddDays(2));
        await claims.TryClaimAsync(soon, default);
        await claims.TryClaimAsync(later, default);

        Assert.Equal(0, await claims.PruneAsync(default));
        time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await claims.PruneAsync(default));
        Assert.False(await claims.IsUsedAsync(soon, default));
        Assert.True(await claims.IsUsedAsync(later, default));
    }

    private static ActionLink Link(string nonce, DateTimeOffset expires) =>
        new("zw001", "user:zw001", Value, "帮助", "会议助手", expires.ToUnixTimeSeconds(), nonce);
}
