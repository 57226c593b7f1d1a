using System.IO.Compression;

namespace MeetingBot.Documents;

/// <summary>
/// How much a .docx may unpack to, checked in the zip's central directory before anything decompresses a part. The
/// Open XML SDK reads <c>[Content_Types].xml</c> and every relationship part whole when it opens a package, so a
/// small file holding one huge, highly compressible part (a 300 MB comment in a 300 KB upload) would otherwise cost
/// that much memory and more. The sizes the directory declares are binding: .NET's unzip stops an entry at its
/// declared size, so a directory that lies gets a truncated part, which then fails to parse.
/// </summary>
public static class DocxPackage
{
    /// <summary>Parts in one package: a long report with images has a few hundred.</summary>
    public const int MaxEntries = 1_000;

    /// <summary>One part unpacked: far above a real document body, far below what hurts.</summary>
    public const long MaxEntryBytes = 32L * 1024 * 1024;

    /// <summary>All parts unpacked together.</summary>
    public const long MaxTotalBytes = 64L * 1024 * 1024;

    /// <returns>True when the package's directory stays within every limit; false when it does not, or is unreadable.</returns>
    public static bool IsWithinLimits(ReadOnlyMemory<byte> content)
    {
        using var stream = new MemoryStream(content.ToArray(), writable: false);
        return IsWithinLimits(stream);
    }

    /// <param name="docx">A seekable stream over the whole file; its position is put back where it was.</param>
    public static bool IsWithinLimits(Stream docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        var start = docx.Position;
        try
        {
            using var zip = new ZipArchive(docx, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxEntries)
            {
                return false;
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                // Length is the uncompressed size the central directory declares for the entry.
                if (entry.Length < 0 || entry.Length > MaxEntryBytes)
                {
                    return false;
                }

                total += entry.Length;
                if (total > MaxTotalBytes)
                {
                    return false;
                }
            }

            return true;
        }
        catch (InvalidDataException)
        {
            return false;
        }
        finally
        {
            docx.Position = start;
        }
    }
}
