using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.Chat;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Reliability;

/// <summary>
/// The bad-input corpus (<see cref="HostileCorpus"/>) through the real HTTP pipeline: each case is refused with the
/// protocol's status and error body, or handled as a turn that answers without crashing; none changes a stored
/// meeting document, and the host keeps answering afterwards.
/// </summary>
public sealed class HostileInputTests(CorpusHost host) : IClassFixture<CorpusHost>
{
    private static readonly HashSet<HttpStatusCode> Refusals =
        [HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.RequestEntityTooLarge];

    public static TheoryData<string> Names => new(HostileCorpus.ByName.Keys.Order(StringComparer.Ordinal));

    /// <summary>
    /// A few cases whose exact answer is known without the corpus's own expectation: a body over
    /// <c>Adapter:MaxRequestBytes</c> is 413, a body that is not JSON is 400 — each with the protocol's error body.
    /// </summary>
    [Theory]
    [InlineData("huge/text-300KB-over-the-limit", HttpStatusCode.RequestEntityTooLarge)]
    [InlineData("raw/single-quotes", HttpStatusCode.BadRequest)]
    [InlineData("raw/xml", HttpStatusCode.BadRequest)]
    [InlineData("raw/form-encoded", HttpStatusCode.BadRequest)]
    public async Task KnownBadRequest_GetsItsOwnStatus(string name, HttpStatusCode expected)
    {
        var bed = await CorpusBed.StartAsync(host.Factory, host.Channel.BaseUrl + "/");
        using var client = host.Factory.CreateClient();

        var answer = await PostAsync(client, bed.Body(HostileCorpus.ByName[name]), host, host.Channel.Requests.Count);

        Assert.Equal(expected, answer.Status);
        Assert.True(answer.HasErrorBody, answer.Body);
        Assert.Empty(answer.Replies);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task HostileRequest_IsRefusedOrAnswered_AndChangesNoMeeting(string name)
    {
        var hostile = HostileCorpus.ByName[name];
        var bed = await CorpusBed.StartAsync(host.Factory, host.Channel.BaseUrl + "/");
        using var client = host.Factory.CreateClient();
        var before = await bed.SnapshotAsync();
        var body = bed.Body(hostile);
        var sentBefore = host.Channel.Requests.Count;

        var answer = await PostAsync(client, body, host, sentBefore);
        Check(hostile, answer);
        if (hostile.Replay)
        {
            // The channel redelivers the same activity: processed once, so the second gets no second answer.
            var again = await PostAsync(client, body, host, host.Channel.Requests.Count);
            Assert.Equal(answer.Status, again.Status);
            Assert.Empty(again.Replies);
        }

        Assert.Equal(before, await bed.SnapshotAsync());
        var help = await PostAsync(client, bed.Body(HostileCase.Of("help", "message", Expectations.Answered).Setting("text", "帮助")), host, host.Channel.Requests.Count);
        Assert.Equal(HttpStatusCode.OK, help.Status);
        Assert.NotEmpty(help.Replies);
    }

    private static void Check(HostileCase hostile, Answer answer)
    {
        var summary = $"{hostile.Name}: {(int)answer.Status} {answer.Body[..Math.Min(300, answer.Body.Length)]} | replies: {string.Join(" | ", answer.Replies)}";
        Assert.True((int)answer.Status < 500 || answer.Status == HttpStatusCode.NotImplemented && answer.IsInvoke, summary);
        Assert.DoesNotContain(answer.Replies, r => IsCrashApology(r));
        switch (hostile.Expect)
        {
            case Expectations.Rejected:
                Assert.True(Refusals.Contains(answer.Status) && answer.HasErrorBody, summary);
                break;
            case Expectations.Answered:
                Assert.True(answer.Status == HttpStatusCode.OK && answer.Replies.Count > 0 && answer.Replies.All(r => r.Length > 0), summary);
                break;
            case Expectations.Accepted:
                Assert.True(answer.Status == HttpStatusCode.OK, summary);
                break;
            case Expectations.Invoke:
                Assert.True(answer.IsInvoke && answer.Status is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.NotImplemented, summary);
                break;
            default:
                Assert.True(
                    Refusals.Contains(answer.Status) && answer.HasErrorBody
                    || answer.IsInvoke && answer.Status is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.NotImplemented
                    || !answer.IsInvoke && answer.Status == HttpStatusCode.OK,
                    summary);
                break;
        }
    }

    private static bool IsCrashApology(string reply) =>
        reply.StartsWith(ChatTexts.TurnFailed.ZhCn[..ChatTexts.TurnFailed.ZhCn.IndexOf('{', StringComparison.Ordinal)], StringComparison.Ordinal)
        || reply.StartsWith(ChatTexts.TurnFailed.En[..ChatTexts.TurnFailed.En.IndexOf('{', StringComparison.Ordinal)], StringComparison.Ordinal);

    private static async Task<Answer> PostAsync(HttpClient client, byte[] body, CorpusHost host, int sentBefore)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await client.PostContentAsync(content);
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? json = null;
        try
        {
            json = text.Length == 0 ? null : JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            // Not JSON: HasErrorBody stays false, which the expectations check.
        }

        var replies = new List<string>();
        foreach (var reply in (json as JsonObject)?["activities"] as JsonArray ?? [])
        {
            replies.Add(ReplyText(reply));
        }

        // Cases that drop expectReplies are answered through the connector, at the fake channel.
        foreach (var sent in host.Channel.Requests.Skip(sentBefore))
        {
            replies.Add(ReplyText(JsonNode.Parse(sent.Body)));
        }

        var isInvoke = json is JsonObject o && o.ContainsKey("statusCode") || response.StatusCode == HttpStatusCode.NotImplemented
            || response.StatusCode == HttpStatusCode.OK && json is JsonObject invoke && invoke.ContainsKey("type");
        // The protocol's { "error": { code, message } }, or an invoke's error { statusCode, type, value: { code, message } }.
        var error = (json as JsonObject)?["error"] as JsonObject ?? (json as JsonObject)?["value"] as JsonObject;
        var hasErrorBody = error?["code"] is JsonValue code && code.ToString().Length > 0
            && error["message"] is JsonValue message && message.ToString().Length > 0;
        return new Answer(response.StatusCode, text, replies, hasErrorBody, isInvoke);
    }

    // A reply's words, or its card's JSON when it has no text: either way something the person can read.
    private static string ReplyText(JsonNode? reply) =>
        reply?["text"]?.GetValue<string>() is { Length: > 0 } text ? text
        : reply?["attachments"] is JsonArray { Count: > 0 } attachments ? attachments.ToJsonString()
        : string.Empty;

    private sealed record Answer(HttpStatusCode Status, string Body, List<string> Replies, bool HasErrorBody, bool IsInvoke);
}
