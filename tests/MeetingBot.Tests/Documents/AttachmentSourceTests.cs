using MeetingBot.BotFramework.Schema;
using MeetingBot.Documents;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.Tests.Documents;

/// <summary>
/// The bot fetches a sent file only from the channel's own file hosts, and follows a redirect only within the origin
/// it came from: a URL someone typed (an intranet address on loopback) or a redirect elsewhere is refused as a value,
/// with nothing fetched from the other host.
/// </summary>
public sealed class AttachmentSourceTests
{
    private static readonly byte[] Docx = TestDocx.Build(TestDocx.Paragraph("对照检查材料"));

    [Fact]
    public async Task LoopbackIntranetUrl_InATeamsMessage_IsRefused_WithoutAnyRequest()
    {
        await using var intranet = await UploadTestBed.StartAsync(Serve(Docx), asChannelHost: false);
        var activity = From("msteams", "https://smba.trafficmanager.net/emea/", intranet.Url("/intranet/工资表.docx"));

        var outcome = await intranet.Reader.ReadAsync(activity, CancellationToken.None);

        Assert.IsType<UploadOutcome.SourceRefused>(outcome);
        Assert.Empty(intranet.Host.Requests);
    }

    [Fact]
    public async Task HttpsUrlOnAnUnlistedHost_IsRefused()
    {
        await using var bed = await UploadTestBed.StartAsync(Serve(Docx), asChannelHost: false);
        var activity = From("msteams", "https://smba.trafficmanager.net/emea/", "https://files.example.org/材料.docx");

        Assert.IsType<UploadOutcome.SourceRefused>(await bed.Reader.ReadAsync(activity, CancellationToken.None));
    }

    [Fact]
    public async Task RedirectToAnotherHost_IsNotFollowed()
    {
        await using var elsewhere = await UploadTestBed.StartAsync(Serve(Docx), asChannelHost: false);
        await using var channel = await UploadTestBed.StartAsync(RedirectTo(elsewhere.Url("/secret.docx")), asChannelHost: false);
        var activity = From("emulator", channel.Host.BaseUrl + "/", channel.Url("/v3/attachments/1/views/original"));

        var outcome = await channel.Reader.ReadAsync(activity, CancellationToken.None);

        Assert.IsType<UploadOutcome.SourceRefused>(outcome);
        Assert.Single(channel.Host.Requests);
        Assert.Empty(elsewhere.Host.Requests);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://127.0.0.1/a.docx")]
    [InlineData("https://127.0.0.1/a.docx")]
    public async Task RedirectToAnotherSchemeOrPort_IsRefused_NotThrown(string location)
    {
        await using var channel = await UploadTestBed.StartAsync(RedirectTo(location), asChannelHost: false);
        var activity = From("emulator", channel.Host.BaseUrl + "/", channel.Url("/v3/attachments/1/views/original"));

        var outcome = await channel.Reader.ReadAsync(activity, CancellationToken.None);

        Assert.IsType<UploadOutcome.SourceRefused>(outcome);
    }

    [Fact]
    public async Task ContentUrlOnTheActivitysOwnServiceUrl_IsFetched_FollowingARedirectWithinIt()
    {
        await using var channel = await UploadTestBed.StartAsync(
            context => context.Request.Path == "/v3/attachments/1/views/original"
                ? RedirectTo("/v3/attachments/1/content")(context)
                : Serve(Docx)(context),
            asChannelHost: false);
        var activity = From("emulator", channel.Host.BaseUrl + "/", channel.Url("/v3/attachments/1/views/original"));

        var outcome = await channel.Reader.ReadAsync(activity, CancellationToken.None);

        Assert.Equal(Docx, Assert.IsType<UploadOutcome.Accepted>(outcome).File.Content.ToArray());
        Assert.Equal(2, channel.Host.Requests.Count);
    }

    [Fact]
    public async Task TheServicesOwnWebChat_NeverFetchesAUrl_OnlyTakesTheUploadedData()
    {
        await using var bed = await UploadTestBed.StartAsync(Serve(Docx));
        var fetched = From("directline", "http://localhost:3978/v3/directline/", bed.Url("/files/1"));
        var uploaded = From("directline", "http://localhost:3978/v3/directline/", $"data:{UploadActivities.DocxType};base64,{Convert.ToBase64String(Docx)}");

        Assert.IsType<UploadOutcome.SourceRefused>(await bed.Reader.ReadAsync(fetched, CancellationToken.None));
        Assert.IsType<UploadOutcome.Accepted>(await bed.Reader.ReadAsync(uploaded, CancellationToken.None));
        Assert.Empty(bed.Host.Requests);
    }

    private static Activity From(string channelId, string serviceUrl, string contentUrl)
    {
        var activity = UploadActivities.WebChat("材料.docx", contentUrl);
        activity.ChannelId = channelId;
        activity.ServiceUrl = serviceUrl;
        return activity;
    }

    private static Func<HttpContext, Task> RedirectTo(string location) => context =>
    {
        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    };

    private static Func<HttpContext, Task> Serve(byte[] content) => context =>
    {
        context.Response.ContentType = "application/octet-stream";
        return context.Response.Body.WriteAsync(content).AsTask();
    };
}
