namespace MeetingBot.Storage;

/// <summary>
/// Files that hold the service's data (SQLite databases, stored documents) are readable by the service's own user
/// only (0600 on Unix), as the Direct Line key file is. A database file is created empty with that mode before SQLite
/// opens it, so its <c>-wal</c>, <c>-shm</c> and <c>-journal</c> files, which SQLite creates with the database's own
/// mode, are private too; files an older version left readable are tightened at start.
/// </summary>
public static class OwnerOnlyFile
{
    public const UnixFileMode Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private static readonly string[] SqliteCompanions = ["-wal", "-shm", "-journal"];

    /// <summary>Creates the database file (0600) if it is missing, and makes it and its companions 0600 if they exist.</summary>
    public static void PrepareDatabase(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        try
        {
            using var created = new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = Mode,
            });
        }
        catch (IOException) when (File.Exists(path))
        {
            // Already there (this instance's earlier run, or another instance at the same moment).
        }

        foreach (var file in SqliteCompanions.Select(suffix => path + suffix).Prepend(path))
        {
            Restrict(file);
        }
    }

    /// <summary>Options for a new data file that only the service's user may read.</summary>
    public static FileStreamOptions ForNewFile(FileAccess access = FileAccess.Write, int bufferSize = 4096, bool useAsync = false)
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = access,
            Share = FileShare.None,
            BufferSize = bufferSize,
            Options = useAsync ? FileOptions.Asynchronous : FileOptions.None,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = Mode;
        }

        return options;
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void Restrict(string file)
    {
        try
        {
            if (File.Exists(file) && (File.GetUnixFileMode(file) & ~Mode) != 0)
            {
                File.SetUnixFileMode(file, Mode);
            }
        }
        catch (IOException)
        {
            // A companion file that SQLite removed in between.
        }
    }
}
