using MeetingBot.BotFramework.State;
using MeetingBot.BotFramework.Tests.Dialogs;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.BotFramework.Tests.State;

/// <summary>Deferred work (a notice to someone else) goes out once, after the commit, and never for a failed turn.</summary>
public sealed class AfterCommitTests
{
    private const string ConversationKey = "state/conversation/directline/conversation-1";

    [Fact]
    public async Task CommittedTurn_RunsItsDeferredWorkOnce()
    {
        NoticeBot? bot = null;
        await using var chat = new Transcript(sp => bot = new NoticeBot(sp.GetRequiredService<ConversationState>()));

        Assert.Equal(["count=1"], await chat.SendAsync("+"));

        Assert.Equal(["notice 1"], bot!.Notices);
    }

    [Fact]
    public async Task LostRace_DropsTheReplayedRunsWork_AndRunsOnlyTheCommittedRunsWork()
    {
        var storage = new InterceptingStorage();
        NoticeBot? bot = null;
        await using var chat = new Transcript(sp => bot = new NoticeBot(sp.GetRequiredService<ConversationState>()), storage);
        await chat.SendAsync("+");
        var raced = false;
        storage.BeforeWrite = async key =>
        {
            if (key == ConversationKey && !raced)
            {
                raced = true;
                await storage.WriteDirectAsync(key, "{\"counter\":{\"version\":1,\"value\":41}}");
            }
        };

        Assert.Equal(["count=42"], await chat.SendAsync("+"));

        Assert.True(raced);
        Assert.Equal(["notice 1", "notice 42"], bot!.Notices);
    }

    [Fact]
    public async Task FailedCommit_RunsNoDeferredWork()
    {
        var storage = new InterceptingStorage();
        NoticeBot? bot = null;
        await using var chat = new Transcript(sp => bot = new NoticeBot(sp.GetRequiredService<ConversationState>()), storage);
        await chat.SendAsync("+");
        var competitor = 100;
        storage.BeforeWrite = key => key == ConversationKey
            ? storage.WriteDirectAsync(key, $"{{\"counter\":{{\"version\":1,\"value\":{++competitor}}}}}")
            : Task.CompletedTask;

        await chat.SendAsync("+");

        Assert.Equal(["notice 1"], bot!.Notices);
    }
}
