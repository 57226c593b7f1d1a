using System.Diagnostics;
using System.Globalization;

namespace MeetingBot.Tests.Reliability;

/// <summary>
/// An Azurite (Azure Blob emulator) of the test's own, started with <c>scripts/start-azurite.sh</c>, that the test can
/// stop (SIGTERM, as an orchestrator stops a container) and start again on the same port with the same data folder.
/// </summary>
public sealed class PrivateAzurite : IAsyncDisposable
{
    // The emulator's published development account key, not a secret.
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly string _folder;
    private int _pid;

    private PrivateAzurite(string folder, int pid, int port)
    {
        _folder = folder;
        _pid = pid;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    public static async Task<PrivateAzurite> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("meetingbot-azurite-fault-").FullName;
        var (pid, port) = await RunScriptAsync(folder, null);
        return new PrivateAzurite(folder, pid, port);
    }

    public async Task StopAsync()
    {
        using var kill = Process.Start("kill", ["-TERM", _pid.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        for (var i = 0; i < 100 && IsRunning(_pid); i++)
        {
            await Task.Delay(100);
        }
    }

    public async Task RestartAsync() => (_pid, _) = await RunScriptAsync(_folder, Port);

    public async ValueTask DisposeAsync()
    {
        if (IsRunning(_pid))
        {
            await StopAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    private static async Task<(int Pid, int Port)> RunScriptAsync(string folder, int? port)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot(), "scripts", "start-azurite.sh"));
        start.ArgumentList.Add(Path.Combine(folder, "data"));
        start.ArgumentList.Add(Path.Combine(folder, "azurite.log"));
        if (port is { } p)
        {
            start.ArgumentList.Add(p.ToString(CultureInfo.InvariantCulture));
        }

        using var script = Process.Start(start)!;
        var output = await script.StandardOutput.ReadToEndAsync();
        var error = await script.StandardError.ReadToEndAsync();
        await script.WaitForExitAsync();
        var parts = output.Trim().Split(' ');
        Assert.True(script.ExitCode == 0 && parts.Length == 2, $"Azurite did not start: {error}{output}");
        return (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    private static bool IsRunning(int pid) => Directory.Exists($"/proc/{pid}") && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ", StringComparison.Ordinal);

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MeetingBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("MeetingBot.sln not found above " + AppContext.BaseDirectory);
    }
}
