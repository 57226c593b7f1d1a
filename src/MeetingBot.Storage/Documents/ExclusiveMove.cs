namespace MeetingBot.Storage.Documents;

/// <summary>
/// Moving a finished file to a name only if no file has it: the one step that makes a version number belong to
/// exactly one writer, across threads and processes. The name is claimed by creating it exclusively (O_CREAT|O_EXCL,
/// atomic on every file system, unlike a rename, which .NET falls back to where hard links are refused), then the
/// content is copied in and flushed. A version only becomes visible once its sidecar is written after this, so the
/// claimed file being filled is never read.
/// </summary>
internal static class ExclusiveMove
{
    /// <returns>True when moved; false when <paramref name="target"/> exists (the source is left in place).</returns>
    public static bool TryMove(string source, string target)
    {
        FileStream claimed;
        try
        {
            claimed = new FileStream(target, OwnerOnlyFile.ForNewFile());
        }
        catch (IOException) when (File.Exists(target))
        {
            return false;
        }

        using (claimed)
        using (var content = File.OpenRead(source))
        {
            content.CopyTo(claimed);
            claimed.Flush(flushToDisk: true);
        }

        File.Delete(source);
        return true;
    }
}
