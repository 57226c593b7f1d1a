using System.Globalization;
using System.Text.Json;

namespace MeetingBot.Storage.Documents;

/// <summary>
/// Documents in a folder: one sub-folder per key (its <see cref="KeyNames"/> encoding, capitals escaped so keys stay
/// apart on file systems that ignore case), holding <c>v{n}.bin</c> (the content) and <c>v{n}.json</c> (its metadata)
/// per version.
/// <para>
/// A put spools the content to a temporary file in that folder, then claims the next number by moving the file to
/// <c>v{n}.bin</c> without overwriting: the move is atomic and fails if the name exists, so of two puts (threads or
/// processes) only one takes a number and the other tries the next. The metadata goes the same way, temporary file
/// then move, and a version is visible only once its metadata is there, so a reader never sees a partial version.
/// </para>
/// <para>
/// A process killed between the two moves leaves a <c>v{n}.bin</c> without metadata: that number is never listed
/// and never reused, so a later version is numbered past it. Its leftovers (and the temporary files of a killed
/// put, named <c>.tmp-*</c>) are ignored.
/// </para>
/// </summary>
public sealed class FileSystemDocumentStore(string root, TimeProvider? time = null) : IDocumentStore
{
    /// <summary>Most file systems allow 255 bytes per name; encoded names are ASCII.</summary>
    public const int MaxFolderNameLength = 255;

    private const string ContentExtension = ".bin";
    private const string MetadataExtension = ".json";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public string Root { get; } = Path.GetFullPath(root);

    public async Task<StoredFile> PutAsync(string documentKey, Stream content, string contentType, string fileName, CancellationToken cancellationToken = default)
    {
        DocumentArguments.Check(documentKey, contentType, fileName);
        var folder = FolderFor(documentKey);
        await using var spooled = await SpooledContent.CreateAsync(content, folder, cancellationToken);

        var version = HighestNumber(folder) + 1;
        while (!ExclusiveMove.TryMove(spooled.Path, FileFor(folder, version, ContentExtension)))
        {
            // Another put took this number; every number it may have taken since is on disk now.
            version = Math.Max(version + 1, HighestNumber(folder) + 1);
        }

        var stored = new StoredFile(documentKey, version, fileName, contentType, spooled.Length, spooled.Sha256, _time.GetUtcNow());
        // Not cancellable: the number is taken, and a version without metadata would stay invisible for ever.
        await WriteMetadataAsync(folder, stored);
        return stored;
    }

    public async Task<OpenedFile?> GetAsync(string documentKey, int? version = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentKey);
        var folder = FolderFor(documentKey);
        var wanted = version ?? VisibleVersions(folder).DefaultIfEmpty(0).Max();
        if (wanted < 1 || await ReadMetadataAsync(folder, wanted, cancellationToken) is not { } stored)
        {
            return null;
        }

        var content = new FileStream(FileFor(folder, wanted, ContentExtension), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81_920, useAsync: true);
        return new OpenedFile(stored, content);
    }

    public async Task<IReadOnlyList<StoredFile>> ListVersionsAsync(string documentKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentKey);
        var folder = FolderFor(documentKey);
        var files = new List<StoredFile>();
        foreach (var version in VisibleVersions(folder).Order())
        {
            if (await ReadMetadataAsync(folder, version, cancellationToken) is { } stored)
            {
                files.Add(stored);
            }
        }

        return files;
    }

    private string FolderFor(string documentKey) =>
        Path.Combine(Root, KeyNames.Encode(documentKey, MaxFolderNameLength, escapeUpperCase: true));

    private static string FileFor(string folder, int version, string extension) =>
        Path.Combine(folder, "v" + version.ToString(CultureInfo.InvariantCulture) + extension);

    /// <summary>Versions whose metadata is written.</summary>
    private static IEnumerable<int> VisibleVersions(string folder) => Numbers(folder, MetadataExtension);

    /// <summary>Every number taken, including one whose metadata is still being written or was never written.</summary>
    private static int HighestNumber(string folder) =>
        Numbers(folder, ContentExtension).Concat(Numbers(folder, MetadataExtension)).DefaultIfEmpty(0).Max();

    private static IEnumerable<int> Numbers(string folder, string extension)
    {
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(folder, "v*" + extension))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (int.TryParse(name.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
            {
                yield return number;
            }
        }
    }

    private static async Task WriteMetadataAsync(string folder, StoredFile stored)
    {
        var temporary = Path.Combine(folder, $"{SpooledContent.TempPrefix}{Guid.NewGuid():N}{MetadataExtension}");
        await using (var file = new FileStream(temporary, OwnerOnlyFile.ForNewFile()))
        {
            await JsonSerializer.SerializeAsync(file, stored, Json);
            await file.FlushAsync();
            file.Flush(flushToDisk: true);
        }

        // Only the writer holding v{n}.bin writes v{n}.json, so this move cannot meet an existing file.
        File.Move(temporary, FileFor(folder, stored.Version, MetadataExtension), overwrite: false);
    }

    private static async Task<StoredFile?> ReadMetadataAsync(string folder, int version, CancellationToken cancellationToken)
    {
        try
        {
            await using var file = File.OpenRead(FileFor(folder, version, MetadataExtension));
            return await JsonSerializer.DeserializeAsync<StoredFile>(file, Json, cancellationToken);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }
}
