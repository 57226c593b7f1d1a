using System.Security.Cryptography;

namespace MeetingBot.Storage.Documents;

/// <summary>
/// A put's content copied to a temporary file, with its length and SHA-256, before any version is claimed: the version
/// then appears whole or not at all, and a claim that loses a race can be retried without the caller's stream. The
/// file is deleted on dispose unless it was moved into place.
/// </summary>
internal sealed class SpooledContent : IAsyncDisposable
{
    public const string TempPrefix = ".tmp-";
    private const int BufferSize = 81_920;

    private SpooledContent(string path, long length, string sha256)
    {
        Path = path;
        Length = length;
        Sha256 = sha256;
    }

    public string Path { get; }

    public long Length { get; }

    public string Sha256 { get; }

    /// <param name="folder">Where the temporary file goes: on the same volume as the target when it will be moved.</param>
    public static async Task<SpooledContent> CreateAsync(Stream content, string folder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        Directory.CreateDirectory(folder);
        var path = System.IO.Path.Combine(folder, $"{TempPrefix}{Guid.NewGuid():N}");
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long length = 0;
            await using (var file = new FileStream(path, OwnerOnlyFile.ForNewFile(bufferSize: BufferSize, useAsync: true)))
            {
                var buffer = new byte[BufferSize];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    length += read;
                }

                // On disk before anything points at it: a crash after the claim must not leave a short file.
                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }

            return new SpooledContent(path, length, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    public FileStream OpenRead() => new(Path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true);

    public ValueTask DisposeAsync()
    {
        // Gone already when it was moved into place.
        File.Delete(Path);
        return ValueTask.CompletedTask;
    }
}
