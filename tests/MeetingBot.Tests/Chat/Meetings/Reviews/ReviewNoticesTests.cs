using MeetingBot.Chat.Meetings.Reviews;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Chat.Meetings.Reviews;

/// <summary>
/// After a decision the people concerned are told in their own 1:1 chat (a fake channel records the sends):
/// the author gets a return's comment; an approved outline's points go to its target only (明示).
/// </summary>
public sealed class ReviewNoticesTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private readonly MeetingTestBed _bed = new(factory);

    [Fact]
    public async Task ApprovedOutline_IsSentToItsTarget1To1_AndToNobodyElse()
    {
        await using var channel = await _bed.PersonalChatsOnAFakeChannelAsync(_bed.Li, _bed.Zhang, _bed.Liu);
        using var client = factory.CreateClient();
        await _bed.CreateWithOutlineAwaitingReviewAsync();

        await _bed.SayConfirmedAsync(client, _bed.Lead, "批准 提纲1");

        var sent = Assert.Single(channel.Requests);
        Assert.Contains("personal-chat-" + _bed.Zhang.UserId, sent.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains(MeetingTestBed.Sentinel, System.Text.RegularExpressions.Regex.Unescape(sent.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReturnedItem_SendsTheCommentToItsAuthor1To1()
    {
        await using var channel = await _bed.PersonalChatsOnAFakeChannelAsync(_bed.Li, _bed.Zhang);
        using var client = factory.CreateClient();
        await _bed.CreateWithOutlineAwaitingReviewAsync();

        var replies = await _bed.SayAsync(client, _bed.Lead, "退回 提纲1 典型事例不够具体");

        Assert.Contains("已退回", MeetingTestBed.Texts(replies), StringComparison.Ordinal);
        var sent = Assert.Single(channel.Requests);
        Assert.Contains("personal-chat-" + _bed.Li.UserId, sent.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("典型事例不够具体", System.Text.RegularExpressions.Regex.Unescape(sent.Body), StringComparison.Ordinal);
    }
}
