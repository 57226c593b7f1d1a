namespace MeetingBot.Storage.Documents;

/// <summary>
/// Moving a finished file to a name only if no file has it: the one step that makes a version number belong to
/// exactly one writer, across threads and processes. The rename is atomic (link-then-unlink on Unix, a rename
/// without replace on Windows), so the name never shows a partial file and a second mover finds it taken.
/// </summary>
internal static class ExclusiveMove
{
    /// <returns>True when moved; false when <paramref name="target"/> exists (the source is left in place).</returns>
    public static bool TryMove(string source, string target)
    {
        try
        {
            File.Move(source, target, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(target))
        {
            return false;
        }
    }
}
