using MeetingBot.BotFramework.Schema;
using MeetingBot.Documents;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.Tests.Documents;

/// <summary>The upload reader against a real HTTP file host on loopback, for each way a channel hands over a file.</summary>
public sealed class UploadedFileReaderTests
{
    private const long TenMegabytes = 10 * 1024 * 1024;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static readonly byte[] Docx = TestDocx.Build(TestDocx.Paragraph("对照检查材料"), TestDocx.Paragraph("一、存在的问题"));

    [Fact]
    public async Task TeamsFileDownload_OfADocx_IsAcceptedAndFetchedWithoutTheBotsToken()
    {
        await using var bed = await UploadTestBed.StartAsync(Serve(Docx));
        // Even a host the bot trusts with its token must not get it for a pre-authenticated download URL.
        bed.TrustHostAsServiceUrl();

        var outcome = await bed.Reader.ReadAsync(UploadActivities.Teams("对照检查材料.docx", bed.Url("/download?tempauth=secret"), "docx"), CancellationToken.None);

        var file = Assert.IsType<UploadOutcome.Accepted>(outcome).File;
        Assert.Equal("对照检查材料.docx", file.Name);
        Assert.Equal(UploadedFileType.Docx, file.Type);
        Assert.Equal(Docx.Length, file.Size);
        Assert.Equal(Docx, file.Content.ToArray());
        var request = Assert.Single(bed.Host.Requests);
        Assert.Equal("/download?tempauth=secret", request.PathAndQuery);
        Assert.Equal(string.Empty, request.Authorization);
    }

    [Fact]
    public async Task WebChatContentUrl_OnTheChannelsServiceUrl_IsFetchedWithTheBotsToken()
    {
        await using var bed = await UploadTestBed.StartAsync(Serve(Docx));
        bed.TrustHostAsServiceUrl();

        var outcome = await bed.Reader.ReadAsync(UploadActivities.WebChat("自查材料.docx", bed.Url("/v3/attachments/a1/views/original")), CancellationToken.None);

        Assert.Equal(Docx, Assert.IsType<UploadOutcome.Accepted>(outcome).File.Content.ToArray());
        Assert.Equal("Bearer " + UploadTestBed.BotToken, Assert.Single(bed.Host.Requests).Authorization);
    }

    [Fact]
    public async Task ContentUrl_OnAHostTheBotDoesNotTrust_IsFetchedWithoutTheToken()
    {
        await using var bed = await UploadTestBed.StartAsync(Serve(Docx));

        var outcome = await bed.Reader.ReadAsync(UploadActivities.WebChat("自查材料.docx", bed.Url("/files/1")), CancellationToken.None);

        Assert.IsType<UploadOutcome.Accepted>(outcome);
        Assert.Equal(string.Empty, Assert.Single(bed.Host.Requests).Authorization);
    }

    [Theory]
    [InlineData("application/pdf")]
    [InlineData("application/octet-stream")]
    [InlineData(null)]
    public async Task EmulatorPdf_WithItsOwnOrAGenericOrNoDeclaredType_IsAccepted(string? contentType)
    {
        await using var bed = await UploadTestBed.StartAsync(Serve(TestFiles.Pdf));

        var outcome = await bed.Reader.ReadAsync(UploadActivities.WebChat("材料.PDF", bed.Url("/v3/attachments/x/views/original"), contentType), CancellationToken.None);

        var file = Assert.IsType<UploadOutcome.Accepted>(outcome).File;
        Assert.Equal(UploadedFileType.Pdf, file.Type);
        Assert.Equal(TestFiles.Pdf, file.Content.ToArray());
    }

    [Fact]
    public async Task DataUrl_OfADocx_IsAcceptedWithoutAnyRequest()
    {
        await using var bed = await UploadTestBed.StartAsync(Serve(Docx));
        var dataUrl = $"data:{UploadActivities.DocxType};base64,{Convert.ToBase64String(Docx)}";

        var outcome = await bed.Reader.ReadAsync(UploadActivities.WebChat("材料.docx", dataUrl), CancellationToken.None);

        Assert.Equal(Docx, Assert.IsType<UploadOutcome.Accepted>(outcome).File.Content.ToArray());
        Assert.Empty(bed.Host.Requests);
    }

    [Fact]
    public async Task DataUrl_OverTheConfiguredLimit_IsTooLarge()
    {
        await using var bed = await UploadTestBed.StartAsync(Serve(Docx), new() { ["Uploads:MaxBytes"] = "1000" });
        var dataUrl = "data:application/pdf;base64," + Convert.ToBase64String(new byte[1001]);

        var outcome = await bed.Reader.ReadAsync(UploadActivities.WebChat("a.pdf", dataUrl, "application/pdf"), CancellationToken.None);

        Assert.Equal(new UploadOutcome.TooLarge(1000), outcome);
    }

    [Fact]
    public async Task DeclaredLengthOverTheLimit_IsTooLargeWithoutWaitingForTheBody()
    {
        var release = new TaskCompletionSource();
        await using var bed = await UploadTestBed.StartAsync(async context =>
        {
            context.Response.ContentLength = 11 * 1024 * 1024;
            await context.Response.StartAsync();
            await context.Response.Body.FlushAsync();
            // Not one byte of the body until the test has its answer.
            await release.Task.WaitAsync(Patience);
        });

        var outcome = await bed.Reader.ReadAsync(UploadActivities.Teams("大文件.docx", bed.Url("/big"), "docx"), CancellationToken.None).WaitAsync(Patience);
        release.SetResult();

        Assert.Equal(new UploadOutcome.TooLarge(TenMegabytes), outcome);
    }

    [Fact]
    public async Task BodyWithoutALengthGoingPastTheLimit_IsTooLargeWithoutReadingItAll()
    {
        var release = new TaskCompletionSource();
        await using var bed = await UploadTestBed.StartAsync(async context =>
        {
            // No Content-Length: a chunked body that turns out to be 11 MB. The last half megabyte waits for the test.
            var chunk = new byte[512 * 1024];
            for (var sent = 0L; sent < TenMegabytes + chunk.Length; sent += chunk.Length)
            {
                await context.Response.Body.WriteAsync(chunk);
            }

            await release.Task.WaitAsync(Patience);
            await context.Response.Body.WriteAsync(chunk);
        });

        var outcome = await bed.Reader.ReadAsync(UploadActivities.WebChat("大文件.docx", bed.Url("/big")), CancellationToken.None).WaitAsync(Patience);
        release.SetResult();

        Assert.Equal(new UploadOutcome.TooLarge(TenMegabytes), outcome);
    }

    [Fact]
    public async Task FileOverAConfiguredLimit_IsTooLargeAtThatLimit()
    {
        await using var bed = await UploadTestBed.StartAsync(Serve(Docx), new() { ["Uploads:MaxBytes"] = "1024" });

        var outcome = await bed.Reader.ReadAsync(UploadActivities.Teams("材料.docx", bed.Url("/f"), "docx"), CancellationToken.None);

        Assert.Equal(new UploadOutcome.TooLarge(1024), outcome);
    }

    [Fact]
    public async Task DocxNamedFileThatIsReallyAPng_IsWrongType()
    {
        await using var bed = await UploadTestBed.StartAsync(Serve(TestFiles.Png));

        var outcome = await bed.Reader.ReadAsync(UploadActivities.Teams("材料.docx", bed.Url("/f"), "docx"), CancellationToken.None);

        Assert.Equal(new UploadOutcome.WrongType("材料.docx"), outcome);
    }

    [Fact]
    public async Task DocxNamedZipWithoutAWordBody_IsWrongType()
    {
        await using var bed = await UploadTestBed.StartAsync(Serve(TestFiles.ZipWithoutWordBody));

        var outcome = await bed.Reader.ReadAsync(UploadActivities.WebChat("材料.docx", bed.Url("/f")), CancellationToken.None);

        Assert.IsType<UploadOutcome.WrongType>(outcome);
    }

    [Fact]
    public async Task PdfNamedFileThatIsReallyADocx_IsWrongType()
    {
        await using var bed = await UploadTestBed.StartAsync(Serve(Docx));

        var outcome = await bed.Reader.ReadAsync(UploadActivities.WebChat("材料.pdf", bed.Url("/f"), "application/pdf"), CancellationToken.None);

        Assert.IsType<UploadOutcome.WrongType>(outcome);
    }

    [Theory]
    [InlineData("照片.png", UploadActivities.DocxType)]
    [InlineData("材料", UploadActivities.DocxType)]
    [InlineData("材料.docx", "image/png")]
    [InlineData("材料.docx", "application/pdf")]
    public async Task NameOrDeclaredTypeNotADocxOrPdf_IsWrongTypeWithoutDownloading(string name, string contentType)
    {
        await using var bed = await UploadTestBed.StartAsync(Serve(Docx));

        var outcome = await bed.Reader.ReadAsync(UploadActivities.WebChat(name, bed.Url("/f"), contentType), CancellationToken.None);

        Assert.IsType<UploadOutcome.WrongType>(outcome);
        Assert.Empty(bed.Host.Requests);
    }

    [Fact]
    public async Task TeamsFileTypeContradictingTheName_IsWrongTypeWithoutDownloading()
    {
        await using var bed = await UploadTestBed.StartAsync(Serve(Docx));

        var outcome = await bed.Reader.ReadAsync(UploadActivities.Teams("材料.docx", bed.Url("/f"), "xlsx"), CancellationToken.None);

        Assert.IsType<UploadOutcome.WrongType>(outcome);
        Assert.Empty(bed.Host.Requests);
    }

    [Fact]
    public async Task DownloadThatIsNotFound_IsDownloadFailedWithTheStatus()
    {
        await using var bed = await UploadTestBed.StartAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });

        var outcome = await bed.Reader.ReadAsync(UploadActivities.Teams("材料.docx", bed.Url("/expired"), "docx"), CancellationToken.None);

        Assert.Equal(404, Assert.IsType<UploadOutcome.DownloadFailed>(outcome).StatusCode);
    }

    [Fact]
    public async Task FileHostThatStalls_IsDownloadFailedAfterTheTimeout()
    {
        var release = new TaskCompletionSource();
        await using var bed = await UploadTestBed.StartAsync(
            async context =>
            {
                await context.Response.Body.WriteAsync(Docx.AsMemory(0, 100));
                await release.Task.WaitAsync(Patience);
            },
            new() { ["Uploads:DownloadTimeout"] = "00:00:01" });

        var outcome = await bed.Reader.ReadAsync(UploadActivities.Teams("材料.docx", bed.Url("/slow"), "docx"), CancellationToken.None).WaitAsync(Patience);
        release.SetResult();

        Assert.Equal("timed out", Assert.IsType<UploadOutcome.DownloadFailed>(outcome).Reason);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://127.0.0.1/材料.docx")]
    [InlineData("/relative/材料.docx")]
    public async Task ContentUrlThatIsNotHttps_IsRefusedAsASourceWithoutAnyRequest(string url)
    {
        await using var bed = await UploadTestBed.StartAsync(Serve(Docx));

        var outcome = await bed.Reader.ReadAsync(UploadActivities.WebChat("材料.docx", url), CancellationToken.None);

        Assert.IsType<UploadOutcome.SourceRefused>(outcome);
        Assert.Empty(bed.Host.Requests);
    }

    [Fact]
    public async Task MessageWithoutAFile_IsNoFile()
    {
        await using var bed = await UploadTestBed.StartAsync(Serve(Docx));
        var textOnly = UploadActivities.Message();
        textOnly.Attachments = null;
        // Teams adds the message body as text/html; a card is the bot's own kind of attachment.
        var htmlAndCard = UploadActivities.Message(
            new Attachment { ContentType = "text/html", Content = System.Text.Json.JsonSerializer.SerializeToElement("<p>材料见附件</p>") },
            new Attachment { ContentType = "application/vnd.microsoft.card.hero", ContentUrl = bed.Url("/image.png") });

        Assert.IsType<UploadOutcome.NoFile>(await bed.Reader.ReadAsync(textOnly, CancellationToken.None));
        Assert.IsType<UploadOutcome.NoFile>(await bed.Reader.ReadAsync(htmlAndCard, CancellationToken.None));
        Assert.Empty(bed.Host.Requests);
    }

    private static Func<HttpContext, Task> Serve(byte[] content) => context =>
    {
        context.Response.ContentType = "application/octet-stream";
        return context.Response.Body.WriteAsync(content).AsTask();
    };
}
