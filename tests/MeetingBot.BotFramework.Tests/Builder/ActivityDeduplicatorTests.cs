using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Schema;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.BotFramework.Tests.Builder;

public sealed class ActivityDeduplicatorTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Redelivery_WithinTenMinutes_IsRefused()
    {
        using var dedup = new ActivityDeduplicator(_time);

        Assert.True(dedup.TryClaim(Message("1")));
        _time.Advance(TimeSpan.FromMinutes(9));
        Assert.False(dedup.TryClaim(Message("1")));
    }

    [Fact]
    public void Redelivery_AfterTheWindow_IsProcessedAgain()
    {
        using var dedup = new ActivityDeduplicator(_time);
        dedup.TryClaim(Message("1"));

        _time.Advance(ActivityDeduplicator.Window + TimeSpan.FromSeconds(1));

        Assert.True(dedup.TryClaim(Message("1")));
    }

    [Fact]
    public void SameId_InAnotherConversationOrChannel_IsADifferentActivity()
    {
        using var dedup = new ActivityDeduplicator(_time);
        dedup.TryClaim(Message("1"));

        Assert.True(dedup.TryClaim(Message("1", conversation: "other")));
        Assert.True(dedup.TryClaim(Message("1", channel: "directline")));
    }

    [Fact]
    public void ActivitiesWithoutId_AreNeverTreatedAsDuplicates()
    {
        using var dedup = new ActivityDeduplicator(_time);

        Assert.True(dedup.TryClaim(Message(null)));
        Assert.True(dedup.TryClaim(Message(null)));
    }

    private static Activity Message(string? id, string conversation = "c", string channel = "msteams") =>
        new() { Type = ActivityTypes.Message, Id = id, ChannelId = channel, Conversation = new ConversationAccount(conversation) };
}
