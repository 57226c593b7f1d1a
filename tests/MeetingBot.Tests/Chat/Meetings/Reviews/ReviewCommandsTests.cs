using System.Net;
using System.Text.Json.Nodes;
using MeetingBot.Chat.Meetings.Reviews;
using MeetingBot.Coordination.CriticismOutlines;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Chat.Meetings.Reviews;

/// <summary>The lead's reviews (审阅把关) through the HTTP pipeline: the queue, approve and return by card, invoke and text.</summary>
public sealed class ReviewCommandsTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private readonly MeetingTestBed _bed = new(factory);

    [Fact]
    public async Task Reviews_ForTheLead_ShowsEachItemAsACardWithCommentFieldAndButtons()
    {
        using var client = factory.CreateClient();
        await _bed.CreateWithOutlineAwaitingReviewAsync();
        await _bed.SubmitMaterialAsync(_bed.Liu);

        var replies = await _bed.SayAsync(client, _bed.Lead, "待审");

        Assert.Contains("2", replies[0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var card = MeetingTestBed.AllStrings(replies[1]!["attachments"]![0]!["content"]);
        Assert.Contains("李敏", card, StringComparison.Ordinal);
        Assert.Contains("张伟", card, StringComparison.Ordinal);
        Assert.Contains(MeetingTestBed.Sentinel, card, StringComparison.Ordinal);
        Assert.Contains("Input.Text", card, StringComparison.Ordinal);
        Assert.Contains(ReviewVerbs.Approve, card, StringComparison.Ordinal);
        Assert.Contains(ReviewVerbs.Return, card, StringComparison.Ordinal);
        Assert.Equal(3, replies.Count);
    }

    [Fact]
    public async Task Reviews_WhereCardsDoNotRender_AreNumberedTextWithTheFlagsBeside()
    {
        var bed = new MeetingTestBed(factory, channelId: "telegram");
        using var client = factory.CreateClient();
        await bed.CreateWithOutlineAwaitingReviewAsync(weak: true);

        var replies = await bed.SayAsync(client, bed.Lead, "待审");

        Assert.All(replies, r => Assert.Null(r?["attachments"]));
        var text = MeetingTestBed.Texts(replies);
        Assert.Contains("1. ", text, StringComparison.Ordinal);
        Assert.Contains(MeetingTestBed.Sentinel, text, StringComparison.Ordinal);
        Assert.Contains("1. 提纲1 ", text, StringComparison.Ordinal);
        Assert.Contains("批准 <编号>", text, StringComparison.Ordinal);
        Assert.Contains(ReviewTexts.FlagsHeading.ZhCn, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reviews_ByAMember_IsRefusedWithTheReason()
    {
        using var client = factory.CreateClient();
        await _bed.CreateWithOutlineAwaitingReviewAsync();

        var replies = await _bed.SayAsync(client, _bed.Zhang, "reviews", locale: "en-US");

        Assert.Equal("Only the lead can do this. Ask 迟永生 if it needs doing.", MeetingTestBed.Texts(replies));
    }

    [Fact]
    public async Task Reviews_InAGroup_GivesOnlyTheCount()
    {
        using var client = factory.CreateClient();
        await _bed.CreateWithOutlineAwaitingReviewAsync();

        var replies = await _bed.SayAsync(client, _bed.Lead, "待审", inGroup: true);

        Assert.Equal(ReviewTexts.GroupQueue.ZhCn.Replace("{0}", "1", StringComparison.Ordinal), MeetingTestBed.Texts(replies));
    }

    [Fact]
    public async Task ApproveByCardSubmit_ApprovesAndDisclosesTheOutline()
    {
        using var client = factory.CreateClient();
        var outline = await _bed.CreateWithOutlineAwaitingReviewAsync();

        var replies = await _bed.SayAsync(client, _bed.Lead, null, value: CardValue(ReviewVerbs.Approve, outline));

        Assert.Contains("已批准", MeetingTestBed.Texts(replies), StringComparison.Ordinal);
        Assert.Contains("张伟", MeetingTestBed.Texts(replies), StringComparison.Ordinal);
        var stored = await _bed.StoredAsync(outline);
        Assert.Equal(SubmissionState.Approved, stored.State);
        Assert.NotNull(stored.DisclosedAt);
    }

    [Fact]
    public async Task ApproveByText_ApprovesTheNamedItem()
    {
        using var client = factory.CreateClient();
        await _bed.CreateAsync();
        var material = await _bed.SubmitMaterialAsync(_bed.Liu);

        var replies = await _bed.SayConfirmedAsync(client, _bed.Lead, "approve material1", locale: "en-US");

        Assert.Contains("Approved", MeetingTestBed.Texts(replies), StringComparison.Ordinal);
        Assert.Equal(SubmissionState.Approved, (await _bed.StoredAsync(material)).State);
    }

    [Fact]
    public async Task ReturnByText_RecordsTheComment()
    {
        using var client = factory.CreateClient();
        var outline = await _bed.CreateWithOutlineAwaitingReviewAsync();

        var replies = await _bed.SayAsync(client, _bed.Lead, "退回 提纲1 典型事例不够具体");

        Assert.Contains("已退回", MeetingTestBed.Texts(replies), StringComparison.Ordinal);
        var stored = await _bed.StoredAsync(outline);
        Assert.Equal(SubmissionState.Returned, stored.State);
        Assert.Equal("典型事例不够具体", stored.LatestReturn!.Comment);
        Assert.Null(stored.DisclosedAt);
    }

    [Fact]
    public async Task ReturnByCard_WithoutComment_IsRefused_AndWithCommentReturns()
    {
        using var client = factory.CreateClient();
        var outline = await _bed.CreateWithOutlineAwaitingReviewAsync();

        var refused = await _bed.SayAsync(client, _bed.Lead, null, value: CardValue(ReviewVerbs.Return, outline));
        var value = CardValue(ReviewVerbs.Return, outline);
        value[ReviewVerbs.CommentField] = "失真失实";
        var returned = await _bed.SayAsync(client, _bed.Lead, null, value: value);

        Assert.DoesNotContain("已退回", MeetingTestBed.Texts(refused), StringComparison.Ordinal);
        Assert.Contains("已退回", MeetingTestBed.Texts(returned), StringComparison.Ordinal);
        Assert.Equal("失真失实", (await _bed.StoredAsync(outline)).LatestReturn!.Comment);
    }

    [Fact]
    public async Task ApproveByAMember_IsRefused_AndNothingChanges()
    {
        using var client = factory.CreateClient();
        var outline = await _bed.CreateWithOutlineAwaitingReviewAsync();

        var replies = await _bed.SayAsync(client, _bed.Zhang, null, value: CardValue(ReviewVerbs.Approve, outline));

        Assert.Equal("只有主要负责同志可以这样做。如需办理，请联系迟永生。", MeetingTestBed.Texts(replies));
        var stored = await _bed.StoredAsync(outline);
        Assert.Equal(outline.Version, stored.Version);
        Assert.Null(stored.DisclosedAt);
    }

    [Fact]
    public async Task ACardCarryingAnotherMeetingsItemKey_IsRefusedAsNotFound_AndNothingChanges()
    {
        using var client = factory.CreateClient();
        await _bed.CreateAsync();
        var other = new MeetingTestBed(factory);
        var theirs = await other.CreateWithOutlineAwaitingReviewAsync();

        // This meeting's lead, 1:1; and the other meeting's own lead, but pressing it in this meeting's group.
        var fromAnotherLead = await _bed.SayAsync(client, _bed.Lead, null, value: CardValue(ReviewVerbs.Approve, theirs));
        var inTheWrongGroup = await _bed.SayAsync(client, other.Lead, null, inGroup: true, value: CardValue(ReviewVerbs.Approve, theirs));

        Assert.Equal(ReviewTexts.NotFound.ZhCn, MeetingTestBed.Texts(fromAnotherLead));
        Assert.Equal(ReviewTexts.NotFound.ZhCn, MeetingTestBed.Texts(inTheWrongGroup));
        var stored = await _bed.StoredAsync(theirs);
        Assert.Equal(theirs.Version, stored.Version);
        Assert.Null(stored.DisclosedAt);
    }

    [Fact]
    public async Task ApproveFromAStaleCard_GetsAConflictReply()
    {
        using var client = factory.CreateClient();
        var outline = await _bed.CreateWithOutlineAwaitingReviewAsync();
        await _bed.SayAsync(client, _bed.Lead, "退回 提纲1 请补充事例");
        await _bed.SubmitOutlineAsync(_bed.Li, _bed.Zhang);

        var replies = await _bed.SayAsync(client, _bed.Lead, null, value: CardValue(ReviewVerbs.Approve, outline));

        Assert.Equal(ReviewTexts.Stale.ZhCn, MeetingTestBed.Texts(replies));
        Assert.Equal(SubmissionState.Resubmitted, (await _bed.StoredAsync(outline)).State);
    }

    [Fact]
    public async Task ApproveByInvoke_Answers200WithTheInvokeResponse()
    {
        using var client = factory.CreateClient();
        var outline = await _bed.CreateWithOutlineAwaitingReviewAsync();

        using var response = await MeetingTestBed.PressAsync(client, _bed.Lead, ReviewVerbs.Approve, outline, comment: "同意");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(200, body?["statusCode"]?.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body?["type"]?.GetValue<string>());
        Assert.Contains("已批准", MeetingTestBed.AllStrings(body?["value"]), StringComparison.Ordinal);
        Assert.DoesNotContain(ReviewVerbs.Approve, MeetingTestBed.AllStrings(body?["value"]), StringComparison.Ordinal);
        var stored = await _bed.StoredAsync(outline);
        Assert.Equal(SubmissionState.Approved, stored.State);
        Assert.Equal("同意", stored.Reviews[^1].Comment);
    }

    [Fact]
    public async Task ApprovedOutline_IsDisclosedToItsTargetOnly()
    {
        using var client = factory.CreateClient();
        await _bed.CreateWithOutlineAwaitingReviewAsync();

        await _bed.SayConfirmedAsync(client, _bed.Lead, "批准 提纲1");

        var dossier = (await _bed.Repository.GetDossierAsync(null, _bed.MeetingId, CancellationToken.None))!;
        Assert.Single(Disclosure.ToMe(dossier, _bed.Zhang).Value);
        Assert.Empty(Disclosure.ToMe(dossier, _bed.Liu).Value);
    }

    [Fact]
    public async Task ApproveByInvoke_ByAMember_AnswersWithTheRefusal_AndNothingChanges()
    {
        using var client = factory.CreateClient();
        var outline = await _bed.CreateWithOutlineAwaitingReviewAsync();

        using var response = await MeetingTestBed.PressAsync(client, _bed.Zhang, ReviewVerbs.Approve, outline, locale: "en-US");

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("application/vnd.microsoft.activity.message", body?["type"]?.GetValue<string>());
        Assert.Equal("Only the lead can do this. Ask 迟永生 if it needs doing.", body?["value"]?.GetValue<string>());
        Assert.Equal(SubmissionState.Submitted, (await _bed.StoredAsync(outline)).State);
    }

    private static JsonObject CardValue(string verb, Submission submission) => new()
    {
        ["verb"] = verb,
        [ReviewVerbs.KeyField] = submission.Id.ToString(),
        [ReviewVerbs.VersionField] = submission.Version,
    };
}
