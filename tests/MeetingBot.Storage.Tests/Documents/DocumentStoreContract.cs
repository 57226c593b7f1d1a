using System.Security.Cryptography;
using System.Text;
using MeetingBot.Storage.Documents;

namespace MeetingBot.Storage.Tests.Documents;

/// <summary>
/// What every <see cref="IDocumentStore"/> provider promises. Each provider's test class inherits this and supplies a
/// fresh, empty store.
/// </summary>
public abstract class DocumentStoreContract
{
    protected const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    protected const string Pdf = "application/pdf";

    protected abstract IDocumentStore Store { get; }

    [Fact]
    public async Task Put_NewKey_IsVersionOneAndReadsBackWithItsMetadata()
    {
        var content = Encoding.UTF8.GetBytes("对照检查材料 第一稿");

        var stored = await PutAsync("meetings/m1/self-exam/u1", content, "对照检查材料（张三）.docx", Docx);
        await using var read = await Store.GetAsync("meetings/m1/self-exam/u1", 1);

        Assert.Equal(1, stored.Version);
        Assert.NotNull(read);
        Assert.Equal(stored, read.File);
        Assert.Equal("对照检查材料（张三）.docx", read.File.FileName);
        Assert.Equal(Docx, read.File.ContentType);
        Assert.Equal(content.Length, read.File.Length);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), read.File.Sha256);
        Assert.Equal(content, await ReadAllAsync(read.Content));
    }

    [Fact]
    public async Task Put_SameKeyAgain_AddsVersionsAndKeepsEachEarlierOneByteForByte()
    {
        var drafts = Enumerable.Range(1, 3).Select(i => Encoding.UTF8.GetBytes($"第{i}稿 draft {i}")).ToList();

        var versions = new List<int>();
        foreach (var draft in drafts)
        {
            versions.Add((await PutAsync("doc", draft)).Version);
        }

        Assert.Equal([1, 2, 3], versions);
        for (var i = 0; i < drafts.Count; i++)
        {
            await using var read = await Store.GetAsync("doc", i + 1);
            Assert.Equal(drafts[i], await ReadAllAsync(read!.Content));
        }
    }

    [Fact]
    public async Task Get_WithoutVersion_GivesTheLatest()
    {
        await PutAsync("doc", [1]);
        await PutAsync("doc", [2], "second.pdf", Pdf);

        await using var latest = await Store.GetAsync("doc");

        Assert.Equal(2, latest!.File.Version);
        Assert.Equal("second.pdf", latest.File.FileName);
        Assert.Equal(Pdf, latest.File.ContentType);
        Assert.Equal([2], await ReadAllAsync(latest.Content));
    }

    [Fact]
    public async Task Get_UnknownKeyOrVersion_IsNull()
    {
        await PutAsync("doc", [1]);

        Assert.Null(await Store.GetAsync("other"));
        Assert.Null(await Store.GetAsync("other", 1));
        Assert.Null(await Store.GetAsync("doc", 2));
        Assert.Null(await Store.GetAsync("doc", 0));
    }

    [Fact]
    public async Task ListVersions_GivesEveryVersionOldestFirst()
    {
        var first = await PutAsync("doc", [1, 1], "a.docx", Docx);
        var second = await PutAsync("doc", [2, 2, 2], "b.pdf", Pdf);

        var versions = await Store.ListVersionsAsync("doc");

        Assert.Equal([first, second], versions);
        Assert.Empty(await Store.ListVersionsAsync("unknown"));
    }

    [Fact]
    public async Task TenConcurrentPuts_ToOneKey_GetTenDistinctVersionsAndLoseNone()
    {
        var contents = Enumerable.Range(0, 10).Select(i => Encoding.UTF8.GetBytes($"submission {i} " + new string('x', i * 1000))).ToList();
        // Each upload waits, fully read but for its last byte, until all ten are: then they race for numbers together.
        var uploads = contents.Select(c => new GatedStream(c[..^1], c[^1..])).ToList();

        var puts = uploads.Select(u => Task.Run(() => Store.PutAsync("contended", u, Docx, "f.docx"))).ToList();
        await Task.WhenAll(uploads.Select(u => u.Waiting)).WaitAsync(TimeSpan.FromSeconds(30));
        uploads.ForEach(u => u.Release());
        var stored = await Task.WhenAll(puts).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(Enumerable.Range(1, 10), stored.Select(s => s.Version).Order());
        foreach (var (file, content) in stored.Zip(contents))
        {
            await using var read = await Store.GetAsync("contended", file.Version);
            Assert.Equal(content, await ReadAllAsync(read!.Content));
        }

        Assert.Equal(10, (await Store.ListVersionsAsync("contended")).Count);
    }

    [Fact]
    public async Task Keys_WithSeparatorsChineseTextCaseAndSharedPrefixes_AreSeparateDocuments()
    {
        string[] keys =
        [
            "meetings/m1:self-exam/29:1abc", "会议/张三/对照检查材料", "19:abc@thread.tacv2;messageid=171", "..",
            "Case", "case", "a", "a/b", "ab", "a:b/c?d#e%20f\\g ~x",
        ];

        foreach (var key in keys)
        {
            await PutAsync(key, Encoding.UTF8.GetBytes(key));
        }

        foreach (var key in keys)
        {
            Assert.Single(await Store.ListVersionsAsync(key));
            await using var read = await Store.GetAsync(key);
            Assert.Equal(key, read!.File.DocumentKey);
            Assert.Equal(Encoding.UTF8.GetBytes(key), await ReadAllAsync(read.Content));
        }
    }

    [Fact]
    public async Task LargeFile_OfFiveMegabytes_RoundTripsByteForByte()
    {
        var content = new byte[5 * 1024 * 1024];
        new Random(20261126).NextBytes(content);

        var stored = await PutAsync("large", content, "材料.pdf", Pdf);
        await using var read = await Store.GetAsync("large", stored.Version);

        Assert.Equal(content.Length, stored.Length);
        Assert.Equal(content.Length, read!.File.Length);
        var back = await ReadAllAsync(read.Content);
        Assert.True(content.AsSpan().SequenceEqual(back), "the content differs");
    }

    [Fact]
    public async Task Put_WhileItsContentIsStillArriving_ShowsNoVersionUntilDone()
    {
        var gated = new GatedStream(new byte[64 * 1024], Encoding.UTF8.GetBytes("end"));

        var put = Task.Run(() => Store.PutAsync("arriving", gated, Pdf, "a.pdf"));
        await gated.Waiting.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Empty(await Store.ListVersionsAsync("arriving"));
        Assert.Null(await Store.GetAsync("arriving"));
        gated.Release();
        var stored = await put.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(64 * 1024 + 3, stored.Length);
        Assert.Equal(stored, Assert.Single(await Store.ListVersionsAsync("arriving")));
    }

    [Fact]
    public async Task Put_OfAnEmptyFile_IsAVersionToo()
    {
        var stored = await PutAsync("empty", []);

        await using var read = await Store.GetAsync("empty");

        Assert.Equal(0, stored.Length);
        Assert.Empty(await ReadAllAsync(read!.Content));
    }

    protected async Task<StoredFile> PutAsync(string key, byte[] content, string fileName = "file.docx", string contentType = Docx)
    {
        using var stream = new MemoryStream(content);
        return await Store.PutAsync(key, stream, contentType, fileName);
    }

    protected static async Task<byte[]> ReadAllAsync(Stream content)
    {
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        return copy.ToArray();
    }
}
