using System.Text.Json.Nodes;
using MeetingBot.Chat.Meetings.Reviews;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Tests.Chat.Meetings;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Reliability;

/// <summary>
/// A channel redelivering the lead's approval (same activity id): it is decided once, the outline's target is told
/// once, and the redelivery gets no second answer. Redelivered in another conversation, the stale version refuses it.
/// </summary>
public sealed class ReplayedApprovalTests(CorpusHost host) : IClassFixture<CorpusHost>
{
    [Fact]
    public async Task ApprovalRedelivered_IsDecidedOnce_AndTheTargetIsToldOnce()
    {
        var bed = await CorpusBed.StartAsync(host.Factory, host.Channel.BaseUrl + "/");
        using var client = host.Factory.CreateClient();
        // 张伟 has talked to the bot, so the disclosure (明示) can reach his 1:1 chat at the fake channel.
        using var hello = await client.PostContentAsync(Json(bed.Body(HostileCase.Of("hello", "message", Expectations.Answered, "zhang").Setting("text", "帮助"))));
        Assert.Equal(System.Net.HttpStatusCode.OK, hello.StatusCode);

        var approval = JsonNode.Parse(bed.Body(HostileCase.Of("approve", "card", Expectations.Answered, "lead")))!.AsObject();
        using var first = await client.PostActivityAsync(approval);
        Assert.StartsWith("已批准", (await first.ReadRepliesAsync())[0]?["text"]?.GetValue<string>(), StringComparison.Ordinal);
        var decided = await bed.Home.Repository.GetAsync<Submission>(null, bed.Outline.Id, CancellationToken.None);

        using var again = await client.PostActivityAsync(approval);

        Assert.Empty(await again.ReadRepliesAsync());
        var after = await bed.Home.Repository.GetAsync<Submission>(null, bed.Outline.Id, CancellationToken.None);
        Assert.Equal(SubmissionState.Approved, after!.State);
        Assert.Equal(decided!.Version, after.Version);
        Assert.Single(host.Channel.Requests, r => r.PathAndQuery.Contains(Uri.EscapeDataString("personal-" + bed.Home.Zhang.UserId), StringComparison.Ordinal)
            && r.Body.Contains(bed.Home.Li.Name, StringComparison.Ordinal));

        // The same press redelivered into another conversation escapes the de-duplicator; the version it carries is stale.
        var elsewhere = (JsonObject)approval.DeepClone();
        elsewhere["conversation"] = new JsonObject { ["id"] = "elsewhere-" + bed.Home.Lead.UserId, ["conversationType"] = "personal" };
        using var stale = await client.PostActivityAsync(elsewhere);
        Assert.Equal(ReviewTexts.Stale.ZhCn, (await stale.ReadRepliesAsync())[0]?["text"]?.GetValue<string>());
        Assert.Equal(decided.Version, (await bed.Home.Repository.GetAsync<Submission>(null, bed.Outline.Id, CancellationToken.None))!.Version);
    }

    private static ByteArrayContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return content;
    }
}
