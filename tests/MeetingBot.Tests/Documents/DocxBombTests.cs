using MeetingBot.Documents;

namespace MeetingBot.Tests.Documents;

/// <summary>
/// An upload whose parts unpack to far more than it weighs is refused from the zip's directory, before any part is
/// decompressed; memory is measured as bytes allocated by the reading thread, never by time.
/// </summary>
public sealed class DocxBombTests
{
    private const long BombCommentBytes = 200L * 1024 * 1024;
    private const long AllocationBudget = 16L * 1024 * 1024;

    private static readonly Lazy<byte[]> ContentTypesBomb = new(() => DocxBomb.WithComment(DocxBomb.ContentTypes, BombCommentBytes));

    [Fact]
    public async Task ContentTypesBomb_SentAsADataUrl_IsRefusedAsTooLargeUnpacked_AllocatingFarLessThanTheBomb()
    {
        var bomb = ContentTypesBomb.Value;
        Assert.True(bomb.Length < 1024 * 1024, $"the bomb weighs {bomb.Length} bytes");
        await using var bed = await UploadTestBed.StartAsync(_ => Task.CompletedTask);
        var activity = UploadActivities.WebChat("对照检查材料.docx", $"data:{UploadActivities.DocxType};base64,{Convert.ToBase64String(bomb)}");

        var before = GC.GetAllocatedBytesForCurrentThread();
        var pending = bed.Reader.ReadAsync(activity, CancellationToken.None);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        // A data: URL is read without waiting, so every byte it cost was allocated on this thread.
        Assert.True(pending.IsCompletedSuccessfully);
        var outcome = await pending;

        var refused = Assert.IsType<UploadOutcome.TooLargeUnpacked>(outcome);
        Assert.Equal(DocxPackage.MaxTotalBytes, refused.LimitBytes);
        Assert.True(allocated < AllocationBudget, $"allocated {allocated} bytes");
    }

    [Theory]
    [InlineData(DocxBomb.ContentTypes)]
    [InlineData("_rels/.rels")]
    [InlineData("word/document.xml")]
    public void TextExtraction_OfABomb_ReturnsNothing_AllocatingFarLessThanTheBomb(string part)
    {
        var bomb = part == DocxBomb.ContentTypes ? ContentTypesBomb.Value : DocxBomb.WithComment(part, BombCommentBytes);
        using var stream = new MemoryStream(bomb, writable: false);

        AssertNoTextWithinTheBudget(stream);
    }

    [Fact]
    public void TextExtraction_OfABombWhoseDirectoryUndersizesThePart_StopsAtTheDeclaredSize()
    {
        var liar = DocxBomb.DeclaringSize(ContentTypesBomb.Value, DocxBomb.ContentTypes, 4096);
        using var stream = new MemoryStream(liar, writable: false);
        Assert.True(DocxPackage.IsWithinLimits(stream));

        AssertNoTextWithinTheBudget(stream);
    }

    /// <summary>Reading the text gives nothing, and the reading thread allocates far less than the bomb unpacks to.</summary>
    private static void AssertNoTextWithinTheBudget(MemoryStream stream)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var text = DocxText.Extract(stream);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Null(text);
        Assert.True(allocated < AllocationBudget, $"allocated {allocated} bytes");
    }

    [Fact]
    public void ARealDocument_IsWithinTheLimits_AndItsTextIsRead()
    {
        var docx = TestDocx.Build(TestDocx.Paragraph("一、存在的问题"));
        using var stream = new MemoryStream(docx, writable: false);

        Assert.True(DocxPackage.IsWithinLimits(stream));
        Assert.Equal("一、存在的问题", DocxText.Extract(stream)?.Text.Trim());
    }
}
