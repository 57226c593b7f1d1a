using MeetingBot.Storage.Documents;

namespace MeetingBot.Storage.Tests.Documents;

/// <summary>The document store contract and the folder specifics.</summary>
public sealed class FileSystemDocumentStoreTests : DocumentStoreContract, IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("meetingbot-documents-").FullName;

    public FileSystemDocumentStoreTests() => Store = new FileSystemDocumentStore(Path.Combine(_root, "documents"));

    protected override IDocumentStore Store { get; }

    [Fact]
    public async Task Versions_AreAContentAndAMetadataFileEach_WithNoTemporaryFileLeft()
    {
        await PutAsync("meetings/m1:u1", [1]);
        await PutAsync("meetings/m1:u1", [2]);

        var folder = Assert.Single(Directory.GetDirectories(Path.Combine(_root, "documents")));
        Assert.Equal("meetings/m1:u1", Uri.UnescapeDataString(Path.GetFileName(folder)));
        Assert.Equal(["v1.bin", "v1.json", "v2.bin", "v2.json"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Put_AfterAPutKilledBeforeItsMetadata_NeverReusesThatNumber()
    {
        var folder = KeyFolder("doc");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, "v1.bin"), [9, 9]);

        var stored = await PutAsync("doc", [1]);

        Assert.Equal(2, stored.Version);
        Assert.Null(await Store.GetAsync("doc", 1));
        Assert.Equal([2], (await Store.ListVersionsAsync("doc")).Select(f => f.Version));
    }

    [Fact]
    public async Task TemporaryFilesOfAKilledPut_AreNotVersions()
    {
        var folder = KeyFolder("doc");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, ".tmp-0123456789abcdef"), [1, 2, 3]);
        await File.WriteAllTextAsync(Path.Combine(folder, ".tmp-0123456789abcdef.json"), "{");

        Assert.Empty(await Store.ListVersionsAsync("doc"));
        Assert.Null(await Store.GetAsync("doc"));
        Assert.Equal(1, (await PutAsync("doc", [1])).Version);
    }

    [Fact]
    public async Task Documents_AreReadByAnotherStoreOnTheSameFolder()
    {
        var stored = await PutAsync("doc", [4, 2]);

        await using var read = await new FileSystemDocumentStore(Path.Combine(_root, "documents")).GetAsync("doc");

        Assert.Equal(stored, read!.File);
        Assert.Equal([4, 2], await ReadAllAsync(read.Content));
    }

    [Fact]
    public async Task Key_LongerThanAFileNameAllows_IsStillOneDocument()
    {
        var first = new string('会', 300) + "/a";
        var second = new string('会', 300) + "/b";

        await PutAsync(first, [1]);
        await PutAsync(second, [2]);

        Assert.Equal([1], await ReadAllAsync((await Store.GetAsync(first))!.Content));
        Assert.Equal([2], await ReadAllAsync((await Store.GetAsync(second))!.Content));
        Assert.All(Directory.GetDirectories(Path.Combine(_root, "documents")), d => Assert.InRange(Path.GetFileName(d).Length, 1, 255));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string KeyFolder(string key) => Path.Combine(_root, "documents", KeyNames.Encode(key, FileSystemDocumentStore.MaxFolderNameLength, escapeUpperCase: true));
}
