using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Connector;
using MeetingBot.Documents.Links;
using MeetingBot.Tests.Chat.Meetings.Submissions;
using MeetingBot.Tests.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Documents;

/// <summary>
/// An uploaded material reaches the lead as a file attachment whose link (<c>GET /documents/{token}</c>) streams
/// exactly the stored version to him; expired, tampered and unknown links get only a status; and nobody the domain
/// does not allow is ever given a link.
/// </summary>
public sealed class DocumentLinkTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private const string FileName = "对照检查材料（王芳）.docx";

    [Fact]
    public async Task TheLeadsPushedCard_CarriesTheFile_AndItsLinkDownloadsTheStoredVersion_WithItsChineseName()
    {
        var sent = new ConcurrentQueue<(string Path, string Body)>();
        using var host = WithRecordingChannel(sent);
        var (seeded, docx) = await UploadMaterialAsync(host);

        var pushed = PushedTo(sent, seeded, seeded.Lead);
        var file = pushed["attachments"]!.AsArray().Single(a => a!["contentType"]!.GetValue<string>() == UploadActivities.DocxType)!;
        Assert.Equal(FileName, file["name"]!.GetValue<string>());
        var url = new Uri(file["contentUrl"]!.GetValue<string>());
        var card = pushed["attachments"]![0]!["content"]!;
        Assert.Contains(card["actions"]!.AsArray(), a => a!["type"]!.GetValue<string>() == "Action.OpenUrl" && a["url"]!.GetValue<string>() == url.AbsoluteUri);
        Assert.Contains("调查研究不深入", MeetingBot.Tests.Chat.Meetings.MeetingTestBed.AllStrings(card), StringComparison.Ordinal);

        using var client = host.CreateClient();
        using var response = await client.GetAsync(new Uri(url.PathAndQuery, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(UploadActivities.DocxType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(FileName, response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition.DispositionType);
        Assert.Equal(docx, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AMemberWhoIsNotAllowed_NeverReceivesALink()
    {
        var sent = new ConcurrentQueue<(string Path, string Body)>();
        using var host = WithRecordingChannel(sent);
        var (seeded, _) = await UploadMaterialAsync(host);
        using var client = host.CreateClient();
        var other = seeded.Member(2);

        var replies = new List<string>();
        foreach (var text in new[] { "待审", "我的提交", "进度", "我的任务" })
        {
            replies.AddRange(await AllRepliesAsync(client, seeded.Message(other, text)));
            replies.AddRange(await AllRepliesAsync(client, seeded.Message(seeded.Secretary, text)));
        }

        Assert.DoesNotContain(replies, r => r.Contains(DocumentDownloads.PathPrefix, StringComparison.Ordinal));
        Assert.DoesNotContain(sent, s => !s.Path.Contains($"-dm-{seeded.Lead}", StringComparison.Ordinal)
            && s.Body.Contains(DocumentDownloads.PathPrefix, StringComparison.Ordinal));
        // The lead, asking for his queue, gets a link of his own.
        Assert.Contains(await AllRepliesAsync(client, seeded.Message(seeded.Lead, "待审")), r => r.Contains(DocumentDownloads.PathPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnExpiredLink_Is410_WithNothingElse()
    {
        var (seeded, _) = await UploadMaterialAsync(factory);
        var tokens = factory.Services.GetRequiredService<DocumentTokens>();
        var token = await tokens.IssueAsync(new DocumentGrant(DocumentKey(seeded), 1, seeded.Lead, DateTimeOffset.UtcNow.AddMinutes(-1)));

        await AssertBareStatusAsync(token, HttpStatusCode.Gone);
    }

    [Fact]
    public async Task ATamperedLink_Is403_WhetherItsPayloadOrItsSignatureWasChanged()
    {
        var (seeded, _) = await UploadMaterialAsync(factory);
        var tokens = factory.Services.GetRequiredService<DocumentTokens>();
        var valid = await tokens.IssueAsync(new DocumentGrant(DocumentKey(seeded), 1, seeded.Lead, DateTimeOffset.UtcNow.AddHours(1)));
        var (header, payload, signature) = (valid.Split('.')[0], valid.Split('.')[1], valid.Split('.')[2]);
        // Someone else's member id, under the lead's signature.
        var forged = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(payload)).Replace(seeded.Lead, seeded.Member(2), StringComparison.Ordinal);
        var otherSignature = await tokens.IssueAsync(new DocumentGrant(DocumentKey(seeded), 1, seeded.Member(2), DateTimeOffset.UtcNow.AddHours(1)));

        await AssertBareStatusAsync(header + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(forged)) + "." + signature, HttpStatusCode.Forbidden);
        await AssertBareStatusAsync(header + "." + payload + "." + otherSignature.Split('.')[2], HttpStatusCode.Forbidden);
        await AssertBareStatusAsync(valid, HttpStatusCode.OK);
    }

    [Fact]
    public async Task ATokenTheServiceSignedForAnotherPurpose_IsNoLink()
    {
        var directLine = factory.Services.GetRequiredService<MeetingBot.WebChannel.DirectLine.DirectLineTokens>()
            .Issue(new MeetingBot.WebChannel.DirectLine.DirectLineGrant("grant-1", "dl_li", "李四", "p-li", IsGroup: false)).Token;

        await AssertBareStatusAsync(directLine, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ASignedLinkForSomeoneTheMeetingNoLongerAllows_Is403()
    {
        var (seeded, _) = await UploadMaterialAsync(factory);
        var tokens = factory.Services.GetRequiredService<DocumentTokens>();
        var later = DateTimeOffset.UtcNow.AddHours(1);

        // As if issued to member 2 (or to a lead who has since handed over): the meeting as it is now decides.
        await AssertBareStatusAsync(await tokens.IssueAsync(new DocumentGrant(DocumentKey(seeded), 1, seeded.Member(2), later)), HttpStatusCode.Forbidden);
        await AssertBareStatusAsync(await tokens.IssueAsync(new DocumentGrant(DocumentKey(seeded), 1, seeded.Member(1), later)), HttpStatusCode.OK);
    }

    [Fact]
    public async Task TheOldLeadsLink_StopsWorking_OnceHeHandsTheLeadOver()
    {
        var sent = new ConcurrentQueue<(string Path, string Body)>();
        using var host = WithRecordingChannel(sent);
        var (seeded, _) = await UploadMaterialAsync(host);
        var pushed = PushedTo(sent, seeded, seeded.Lead);
        var url = new Uri(pushed["attachments"]!.AsArray().Single(a => a!["contentType"]!.GetValue<string>() == UploadActivities.DocxType)!["contentUrl"]!.GetValue<string>());
        using var client = host.CreateClient();
        using (var before = await client.GetAsync(new Uri(url.PathAndQuery, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        var repository = host.Services.GetRequiredService<MeetingBot.Meetings.Storage.MeetingRepository>();
        var secretary = new MeetingBot.Coordination.Meetings.Actor(seeded.Secretary, "秘书", "channel:" + SeededMeeting.Channel);
        var handedOver = await repository.UpdateAsync<MeetingBot.Coordination.Meetings.Meeting>(null, MeetingBot.Coordination.Meetings.DocumentId.Meeting(seeded.Meeting.Id),
            meeting => new MeetingBot.Coordination.Meetings.TransferLead(meeting!.Version, seeded.Member(3)).Decide(meeting, secretary, DateTimeOffset.UtcNow), CancellationToken.None);
        Assert.True(handedOver.IsSuccess, handedOver.ToString());

        using var after = await client.GetAsync(new Uri(url.PathAndQuery, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
        Assert.Empty(await after.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ALinkToADocumentOrVersionNotStored_AndAnythingThatIsNoLink_Are404()
    {
        var (seeded, _) = await UploadMaterialAsync(factory);
        var tokens = factory.Services.GetRequiredService<DocumentTokens>();
        var later = DateTimeOffset.UtcNow.AddHours(1);

        await AssertBareStatusAsync(await tokens.IssueAsync(new DocumentGrant(DocumentKey(seeded), 2, seeded.Lead, later)), HttpStatusCode.NotFound);
        await AssertBareStatusAsync(await tokens.IssueAsync(new DocumentGrant(DocumentKey(seeded) + "-other", 1, seeded.Lead, later)), HttpStatusCode.NotFound);
        await AssertBareStatusAsync("not-a-link", HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("directline", true, true)]
    [InlineData("msteams", true, false)]
    [InlineData("telegram", false, true)]
    public async Task TheLeadsQueue_OffersTheDocument_AsEachChannelCanShowIt(string channelId, bool card, bool fileAttachment)
    {
        var bed = new MeetingBot.Tests.Chat.Meetings.MeetingTestBed(factory, channelId);
        await bed.CreateAsync();
        var documentKey = MeetingBot.Meetings.Storage.DocumentKeys.Of(MeetingBot.Coordination.Meetings.DocumentId.Submission(bed.MeetingId, "self-examination", bed.Li.UserId, null)) + "/document";
        var docx = TestDocx.Build(TestDocx.Paragraph("个人对照检查材料"));
        var stored = await factory.Services.GetRequiredService<MeetingBot.Storage.Documents.IDocumentStore>()
            .PutAsync(documentKey, new MemoryStream(docx), UploadActivities.DocxType, FileName);
        await bed.SubmitDocumentAsync(bed.Li, new MeetingBot.Coordination.Submissions.Contents.UploadedDocument(
            FileName, UploadActivities.DocxType, docx.Length, $"{documentKey}@{stored.Version}", "个人对照检查材料"));
        using var client = factory.CreateClient();

        var replies = await bed.SayAsync(client, bed.Lead, "待审");

        var item = replies[^1]!;
        var attachments = item["attachments"]?.AsArray() ?? [];
        Assert.Equal(card, attachments.Any(a => a!["contentType"]!.GetValue<string>() == "application/vnd.microsoft.card.adaptive"));
        Assert.Equal(fileAttachment, attachments.Any(a => a!["contentType"]!.GetValue<string>() == UploadActivities.DocxType));
        var link = System.Text.RegularExpressions.Regex.Match(MeetingBot.Tests.Chat.Meetings.MeetingTestBed.AllStrings(item), @"http://localhost:3978/documents/[A-Za-z0-9_\-\.]+").Value;
        Assert.NotEmpty(link);
        using var response = await client.GetAsync(new Uri(new Uri(link).PathAndQuery, UriKind.Relative));
        Assert.Equal(docx, await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("PublicBaseUrl", "not a url")]
    [InlineData("Lifetime", "00:00:01")]
    [InlineData("SigningKey", "c2hvcnQ=")]
    public void BadLinkSettings_StopStartUp_NamingTheKey(string key, string value)
    {
        using var bad = MeetingBotFactory.In("Development", new() { ["MicrosoftAppId"] = "", ["MicrosoftAppPassword"] = "", [$"Documents:Links:{key}"] = value });

        var failure = Assert.ThrowsAny<Exception>(() => bad.CreateClient());

        Assert.Contains($"Documents:Links:{key}", failure.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("c2hvcnQ=", failure.Message, StringComparison.Ordinal);
    }

    private async Task AssertBareStatusAsync(string token, HttpStatusCode expected)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri(DocumentDownloads.PathPrefix + token, UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        if (expected != HttpStatusCode.OK)
        {
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
            Assert.Null(response.Content.Headers.ContentDisposition);
        }
    }

    private static string DocumentKey(SeededMeeting seeded) =>
        MeetingBot.Meetings.Storage.DocumentKeys.Of(MeetingBot.Coordination.Meetings.DocumentId.Submission(seeded.Meeting.Id, "self-examination", seeded.Member(1), null)) + "/document";

    /// <summary>Member 1 uploads a .docx material and submits it; the lead has a 1:1 chat to be told in.</summary>
    private static async Task<(SeededMeeting Seeded, byte[] Docx)> UploadMaterialAsync(WebApplicationFactory<Program> host)
    {
        var seeded = await SeededMeeting.CreateAsync(host);
        using var client = host.CreateClient();
        var member = seeded.Member(1);
        await seeded.SayAsync(client, seeded.Lead, "帮助");
        var docx = TestDocx.Build(TestDocx.Paragraph("个人对照检查材料"), TestDocx.Paragraph("一、存在的问题：调查研究不深入。"));
        await seeded.SayAsync(client, member, "提交 材料");
        var upload = seeded.Message(member, "");
        upload["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = UploadActivities.DocxType,
            ["name"] = FileName,
            ["contentUrl"] = $"data:{UploadActivities.DocxType};base64,{Convert.ToBase64String(docx)}",
        });
        await SeededMeeting.SendAsync(client, upload);
        await seeded.SayAsync(client, member, "提交");
        return (seeded, docx);
    }

    private static JsonNode PushedTo(ConcurrentQueue<(string Path, string Body)> sent, SeededMeeting seeded, string userId) =>
        JsonNode.Parse(Assert.Single(sent, s => s.Path.Contains($"{seeded.Prefix}-dm-{userId}", StringComparison.Ordinal)).Body)!;

    /// <summary>Every reply in full (texts, cards, attachments) as JSON text.</summary>
    private static async Task<List<string>> AllRepliesAsync(HttpClient client, JsonObject message)
    {
        using var response = await client.PostActivityAsync(message);
        var replies = await response.ReadRepliesAsync();
        return [.. replies.Select(r => r?.ToJsonString() ?? string.Empty)];
    }

    private WebApplicationFactory<Program> WithRecordingChannel(ConcurrentQueue<(string Path, string Body)> sent) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new RecordingChannel(sent))));
}
