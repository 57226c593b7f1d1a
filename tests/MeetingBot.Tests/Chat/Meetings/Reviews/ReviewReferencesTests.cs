using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Chat.Meetings.Reviews;

/// <summary>
/// Stable review references (提纲7) and the remembered 待审 listing: numbers mean what the lead was shown, references
/// never move, 全部批准 approves exactly the listing after one confirmation, and only an author withdraws.
/// </summary>
public sealed class ReviewReferencesTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private readonly MeetingTestBed _bed = new(factory);

    [Fact]
    public async Task ListingThenApprove1Then2Then3_ApprovesExactlyTheThreeItemsTheListingShowed()
    {
        using var client = factory.CreateClient();
        await _bed.CreateAsync();
        var items = new[]
        {
            await _bed.SubmitOutlineAsync(_bed.Li, _bed.Zhang),
            await _bed.SubmitMaterialAsync(_bed.Liu),
            await _bed.SubmitOutlineAsync(_bed.Zhang, _bed.Li),
            await _bed.SubmitOutlineAsync(_bed.Liu, _bed.Li),
            await _bed.SubmitMaterialAsync(_bed.Li),
        };

        await _bed.SayAsync(client, _bed.Lead, "待审");
        foreach (var number in (int[])[1, 2, 3])
        {
            Assert.StartsWith("已批准", MeetingTestBed.Texts(await _bed.SayConfirmedAsync(client, _bed.Lead, $"批准 {number}")), StringComparison.Ordinal);
        }

        var states = await StatesAsync(items);
        Assert.Equal([SubmissionState.Approved, SubmissionState.Approved, SubmissionState.Approved, SubmissionState.Submitted, SubmissionState.Submitted], states);
    }

    [Fact]
    public async Task BareNumberWithoutAListing_AsksForTheListingFirst_AndChangesNothing()
    {
        using var client = factory.CreateClient();
        var outline = await _bed.CreateWithOutlineAwaitingReviewAsync();

        var replies = await _bed.SayAsync(client, _bed.Lead, "批准 1");

        Assert.Contains("待审", MeetingTestBed.Texts(replies), StringComparison.Ordinal);
        Assert.Equal([SubmissionState.Submitted], await StatesAsync([outline]));
    }

    [Fact]
    public async Task References_AreGivenOnHandIn_AndSurviveOtherItemsBeingDecided()
    {
        using var client = factory.CreateClient();
        var first = await _bed.CreateWithOutlineAwaitingReviewAsync();
        var second = await _bed.SubmitOutlineAsync(_bed.Zhang, _bed.Li);
        var material = await _bed.SubmitMaterialAsync(_bed.Liu);
        Assert.Equal("outline1,outline2,material1", string.Join(",", new[] { first, second, material }.Select(s => s.Reference!.Series + s.Reference.Number)));

        await _bed.SayConfirmedAsync(client, _bed.Lead, "批准 提纲1");
        await _bed.SayAsync(client, _bed.Lead, "退回 提纲2 典型事例不具体");
        await _bed.SubmitOutlineAsync(_bed.Zhang, _bed.Li);
        var listing = MeetingTestBed.AllStrings(await _bed.SayAsync(client, _bed.Lead, "待审"));

        Assert.DoesNotContain("提纲1 ", listing, StringComparison.Ordinal);
        Assert.Contains("提纲2 批评发言提纲 — 张伟 → 李敏（第2稿）", listing, StringComparison.Ordinal);
        Assert.Contains("材料1 ", listing, StringComparison.Ordinal);
        Assert.Equal(second.Reference, (await _bed.StoredAsync(second)).Reference);
        Assert.StartsWith("已批准：提纲2", MeetingTestBed.Texts(await _bed.SayConfirmedAsync(client, _bed.Lead, "批准 提纲2")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApproveAll_AfterOneConfirmation_ApprovesExactlyTheListedItems_AndDisclosesEachOnceToItsTargetOnly()
    {
        await using var channel = await _bed.PersonalChatsOnAFakeChannelAsync(_bed.Li, _bed.Zhang, _bed.Liu);
        using var client = factory.CreateClient();
        await _bed.CreateAsync();
        var aboutZhang = await _bed.SubmitOutlineAsync(_bed.Li, _bed.Zhang);
        var aboutLi = await _bed.SubmitOutlineAsync(_bed.Liu, _bed.Li);
        var material = await _bed.SubmitMaterialAsync(_bed.Liu);
        await _bed.SayAsync(client, _bed.Lead, "待审");
        var later = await _bed.SubmitOutlineAsync(_bed.Zhang, _bed.Liu);

        var asked = MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Lead, "全部批准"));
        Assert.Equal([SubmissionState.Submitted, SubmissionState.Submitted, SubmissionState.Submitted], await StatesAsync([aboutZhang, aboutLi, material]));
        Assert.Contains("提纲1 批评发言提纲 — 李敏：批准后向张伟本人明示", asked, StringComparison.Ordinal);
        Assert.Contains("提纲2 批评发言提纲 — 刘洋：批准后向李敏本人明示", asked, StringComparison.Ordinal);
        Assert.Contains("材料1 个人对照检查材料 — 刘洋：批准（不向他人明示）", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("提纲3", asked, StringComparison.Ordinal);

        await _bed.SayAsync(client, _bed.Lead, "确认");
        var again = await _bed.SayAsync(client, _bed.Lead, "确认");

        Assert.DoesNotContain("已批准", MeetingTestBed.Texts(again), StringComparison.Ordinal);
        Assert.Equal([SubmissionState.Approved, SubmissionState.Approved, SubmissionState.Approved, SubmissionState.Submitted],
            await StatesAsync([aboutZhang, aboutLi, material, later]));
        var disclosures = channel.Requests.Where(r => System.Text.RegularExpressions.Regex.Unescape(r.Body).Contains("明示：", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, disclosures.Count);
        Assert.Single(disclosures, r => r.PathAndQuery.Contains("personal-chat-" + _bed.Zhang.UserId, StringComparison.Ordinal));
        Assert.Single(disclosures, r => r.PathAndQuery.Contains("personal-chat-" + _bed.Li.UserId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ApproveAll_Cancelled_ApprovesNothing()
    {
        using var client = factory.CreateClient();
        var outline = await _bed.CreateWithOutlineAwaitingReviewAsync();
        await _bed.SayAsync(client, _bed.Lead, "待审");

        await _bed.SayAsync(client, _bed.Lead, "全部批准");
        await _bed.SayAsync(client, _bed.Lead, "否");

        Assert.Equal([SubmissionState.Submitted], await StatesAsync([outline]));
    }

    [Fact]
    public async Task Withdraw_ByTheAuthor_TakesTheItemOutOfReview_AndItKeepsItsReference()
    {
        using var client = factory.CreateClient();
        var outline = await _bed.CreateWithOutlineAwaitingReviewAsync();

        var replies = await _bed.SayAsync(client, _bed.Li, "撤回 提纲1");

        Assert.StartsWith("已撤回：提纲1", MeetingTestBed.Texts(replies), StringComparison.Ordinal);
        var stored = await _bed.StoredAsync(outline);
        Assert.Equal(SubmissionState.Withdrawn, stored.State);
        Assert.Equal(outline.Reference, stored.Reference);
    }

    [Fact]
    public async Task Withdraw_BySomeoneElse_IsRefused_AndNothingChanges()
    {
        using var client = factory.CreateClient();
        var outline = await _bed.CreateWithOutlineAwaitingReviewAsync();

        var byLead = await _bed.SayAsync(client, _bed.Lead, "撤回 提纲1");
        var byTarget = await _bed.SayAsync(client, _bed.Zhang, "撤回 提纲1");

        Assert.Contains("只有作者本人可以撤回", MeetingTestBed.Texts(byLead), StringComparison.Ordinal);
        Assert.Contains("只有作者本人可以撤回", MeetingTestBed.Texts(byTarget), StringComparison.Ordinal);
        Assert.Equal([SubmissionState.Submitted], await StatesAsync([outline]));
    }

    [Fact]
    public async Task Withdraw_AfterTheLeadDecided_IsRefused()
    {
        using var client = factory.CreateClient();
        var outline = await _bed.CreateWithOutlineAwaitingReviewAsync();
        await _bed.SayConfirmedAsync(client, _bed.Lead, "批准 提纲1");

        var replies = await _bed.SayAsync(client, _bed.Li, "撤回 提纲1");

        Assert.Contains("不能撤回", MeetingTestBed.Texts(replies), StringComparison.Ordinal);
        Assert.Equal([SubmissionState.Approved], await StatesAsync([outline]));
    }

    private async Task<SubmissionState[]> StatesAsync(IEnumerable<Submission> submissions)
    {
        var states = new List<SubmissionState>();
        foreach (var submission in submissions)
        {
            states.Add((await _bed.StoredAsync(submission)).State);
        }

        return [.. states];
    }
}
