using System.Diagnostics;
using System.Globalization;

namespace MeetingBot.Bench.Turns;

/// <summary>A private Azurite (Azure Blob emulator) started with the repository's <c>scripts/start-azurite.sh</c>.</summary>
public sealed class AzuriteInstance : IAsyncDisposable
{
    // The emulator's published development account key, not a secret.
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private AzuriteInstance(int pid, int port, string folder)
    {
        Pid = pid;
        Port = port;
        Folder = folder;
    }

    public int Pid { get; }

    public int Port { get; }

    public string Folder { get; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    public static async Task<AzuriteInstance> StartAsync(string repositoryRoot)
    {
        var folder = Path.Combine(Path.GetTempPath(), "meetingbot-bench-azurite-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(repositoryRoot, "scripts", "start-azurite.sh"));
        start.ArgumentList.Add(Path.Combine(folder, "data"));
        start.ArgumentList.Add(Path.Combine(folder, "azurite.log"));
        using var script = Process.Start(start)!;
        var output = await script.StandardOutput.ReadToEndAsync();
        var error = await script.StandardError.ReadToEndAsync();
        await script.WaitForExitAsync();
        var parts = output.Trim().Split(' ');
        if (script.ExitCode != 0 || parts.Length != 2)
        {
            throw new InvalidOperationException($"Azurite did not start: {error}{output}");
        }

        return new AzuriteInstance(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), folder);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var process = Process.GetProcessById(Pid);
            process.Kill();
            await process.WaitForExitAsync();
        }
        catch (ArgumentException)
        {
            // Already gone.
        }

        Directory.Delete(Folder, recursive: true);
    }
}
