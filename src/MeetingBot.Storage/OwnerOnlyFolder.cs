namespace MeetingBot.Storage;

/// <summary>
/// A folder of secrets (the sign-in cookie key ring) that only the service's user may enter (0700 on Unix), its files
/// readable by that user only (0600, <see cref="OwnerOnlyFile.Mode"/>). A folder or files an older version left readable
/// are tightened.
/// </summary>
public static class OwnerOnlyFolder
{
    public const UnixFileMode Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Creates the folder (0700) if it is missing, else makes it 0700; makes the files in it 0600.</summary>
    public static void Prepare(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        // Created with its mode (never briefly open to others); CreateDirectory leaves an existing folder's mode alone.
        Directory.CreateDirectory(path, Mode);
        if ((File.GetUnixFileMode(path) & ~Mode) != 0)
        {
            File.SetUnixFileMode(path, Mode);
        }

        RestrictFiles(path);
    }

    /// <summary>Makes every file in the folder 0600 (after a library wrote one with the default mode).</summary>
    public static void RestrictFiles(string path)
    {
        if (OperatingSystem.IsWindows() || !Directory.Exists(path))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(path))
        {
            try
            {
                if ((File.GetUnixFileMode(file) & ~OwnerOnlyFile.Mode) != 0)
                {
                    File.SetUnixFileMode(file, OwnerOnlyFile.Mode);
                }
            }
            catch (IOException)
            {
                // A temporary file the writer moved away in between.
            }
        }
    }
}
