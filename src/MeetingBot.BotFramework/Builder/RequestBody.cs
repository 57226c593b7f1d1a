using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.BotFramework.Builder;

/// <summary>Reads a request body up to a limit, without trusting Content-Length (chunked bodies have none).</summary>
/// <remarks>
/// Runs on every turn: a body of known length is read into an array of that length, and the chunk a chunked body is
/// read through is rented, not allocated (it was a quarter of the bytes a bench turn allocated).
/// </remarks>
public static class RequestBody
{
    private const int ChunkBytes = 16 * 1024;

    /// <returns>The body, or null when it is larger than <paramref name="limit"/>.</returns>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        if (request.ContentLength is { } length)
        {
            return await ReadKnownLengthAsync(request.Body, (int)length, cancellationToken);
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk.AsMemory(0, ChunkBytes), cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    // The server ends the body at Content-Length; a body cut short comes back short (and fails to parse).
    private static async Task<byte[]> ReadKnownLengthAsync(Stream body, int length, CancellationToken cancellationToken)
    {
        var bytes = new byte[length];
        var filled = 0;
        int read;
        while (filled < length && (read = await body.ReadAsync(bytes.AsMemory(filled), cancellationToken)) > 0)
        {
            filled += read;
        }

        return filled == length ? bytes : bytes[..filled];
    }
}
