using System.IO.Compression;
using System.Text;

namespace MeetingBot.Tests.Documents;

/// <summary>
/// A real .docx with one part blown up by an XML comment of a chosen size: deflate shrinks the repetition about a
/// thousand times, so a few hundred megabytes unpacked fit in an upload of a few hundred kilobytes.
/// </summary>
internal static class DocxBomb
{
    public const string ContentTypes = "[Content_Types].xml";

    public static byte[] WithComment(string partName, long commentBytes)
    {
        var docx = TestDocx.Build(TestDocx.Paragraph("对照检查材料"));
        using var source = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var bomb = new MemoryStream();
        using (var target = new ZipArchive(bomb, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var read = entry.Open();
                using var write = target.CreateEntry(entry.FullName, CompressionLevel.SmallestSize).Open();
                if (entry.FullName != partName)
                {
                    read.CopyTo(write);
                    continue;
                }

                // The comment goes after the XML declaration, where a parser must read through it.
                var xml = new StreamReader(read, Encoding.UTF8).ReadToEnd();
                var declarationEnd = xml.StartsWith("<?xml", StringComparison.Ordinal) ? xml.IndexOf("?>", StringComparison.Ordinal) + 2 : 0;
                write.Write(Encoding.UTF8.GetBytes(xml[..declarationEnd] + "<!--"));
                var filler = new byte[64 * 1024];
                Array.Fill(filler, (byte)'A');
                for (long written = 0; written < commentBytes; written += filler.Length)
                {
                    write.Write(filler, 0, (int)Math.Min(filler.Length, commentBytes - written));
                }

                write.Write(Encoding.UTF8.GetBytes("-->" + xml[declarationEnd..]));
            }
        }

        return bomb.ToArray();
    }

    /// <summary>
    /// The same file with every size the zip declares for <paramref name="partName"/> (local header and central
    /// directory) set to <paramref name="declared"/> bytes: a directory that lies about what the part unpacks to.
    /// </summary>
    public static byte[] DeclaringSize(byte[] zip, string partName, uint declared)
    {
        var patched = (byte[])zip.Clone();
        var name = Encoding.UTF8.GetBytes(partName);
        for (var i = 0; i + 46 < patched.Length; i++)
        {
            var signature = BitConverter.ToUInt32(patched, i);
            if (signature == 0x04034b50 && Names(patched, i + 30, BitConverter.ToUInt16(patched, i + 26), name))
            {
                BitConverter.TryWriteBytes(patched.AsSpan(i + 22, 4), declared);
            }
            else if (signature == 0x02014b50 && Names(patched, i + 46, BitConverter.ToUInt16(patched, i + 28), name))
            {
                BitConverter.TryWriteBytes(patched.AsSpan(i + 24, 4), declared);
            }
        }

        return patched;
    }

    private static bool Names(byte[] zip, int at, int length, byte[] name) =>
        length == name.Length && at + length <= zip.Length && zip.AsSpan(at, length).SequenceEqual(name);
}
