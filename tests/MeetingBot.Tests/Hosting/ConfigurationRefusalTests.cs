namespace MeetingBot.Tests.Hosting;

/// <summary>
/// A start-up refused for configuration, as an operator sees it: the built service run as a process in an empty
/// working directory prints one line naming the key, exits 1, and leaves the directory empty (no SQLite file, no job
/// store, no key file).
/// </summary>
public sealed class ConfigurationRefusalTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("meetingbot-refusal-").FullName;

    [Theory]
    [InlineData("Storage__Provider", "Bogus", "Storage:Provider")]
    [InlineData("Storage__Provider", "Postgres", "Storage:Postgres:ConnectionString")]
    [InlineData("Reminders__JobStore", "Oracle", "Reminders:JobStore")]
    [InlineData("Documents__Provider", "Ftp", "Documents:Provider")]
    public async Task BadKey_PrintsOneLineNamingIt_ExitsOne_AndWritesNothing(string variable, string value, string key)
    {
        var start = ServiceProcess.StartInfo(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            [variable] = value,
        });
        start.WorkingDirectory = _folder;
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        var output = (await stdout + await stderr).TrimEnd();
        Assert.Equal(1, process.ExitCode);
        var line = Assert.Single(output.Split('\n'));
        Assert.Contains(key, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder, "*", SearchOption.AllDirectories));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
