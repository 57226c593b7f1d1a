using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MeetingBot.Bench.Turns;

/// <summary>
/// The built MeetingBot.dll (or a native MeetingBot executable) started as its own process, as an operator runs it: Development (authentication off),
/// the storage asked for, its data in a fresh folder, its console output in <c>service.log</c> there.
/// </summary>
public sealed class ServiceUnderTest : IAsyncDisposable
{
    private readonly Process _process;

    private readonly bool _keepData;

    private ServiceUnderTest(Process process, Uri messagesUrl, string dataFolder, long started, bool keepData = false)
    {
        _keepData = keepData;
        _process = process;
        MessagesUrl = messagesUrl;
        DataFolder = dataFolder;
        Started = started;
    }

    public Uri MessagesUrl { get; }

    public string DataFolder { get; }

    public int Pid => _process.Id;

    /// <summary>Stopwatch timestamp taken just before the process was started.</summary>
    public long Started { get; }

    /// <param name="dll">MeetingBot.dll, run under <c>dotnet</c>, or an executable (the NativeAOT publish), run as it is.</param>
    /// <param name="dataFolder">A folder to start on and keep (a restart on the same data); null: a fresh one, deleted afterwards.</param>
    public static ServiceUnderTest Start(string dll, IReadOnlyDictionary<string, string> storage, string? dataFolder = null)
    {
        var data = dataFolder ?? NewDataFolder();
        var port = FreePort();
        // exec: the shell becomes dotnet (or the native executable), so the pid is the service's own.
        var start = Shell(Path.GetDirectoryName(Path.GetFullPath(dll))!, LaunchScript(dll),
            Path.GetFullPath(dll), $"http://127.0.0.1:{port}", Path.Combine(data, "service.log"));
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MicrosoftApp", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["Storage__Sqlite__Path"] = Path.Combine(data, "meetingbot.db");
        start.Environment["Reminders__JobStorePath"] = Path.Combine(data, "reminders.db");
        start.Environment["Documents__FileSystem__Path"] = Path.Combine(data, "documents");
        // Only organisers set up meetings: the office that sets up every round is the first administrator.
        start.Environment["Directory__Administrators__0__Name"] = OutlineWorkload.OfficeName;
        start.Environment["Directory__Administrators__0__TeamsAadObjectId"] = OutlineWorkload.OfficeAadObjectId;
        foreach (var (key, value) in storage)
        {
            start.Environment[key] = value;
        }

        return Launch(start, port, data, keepData: dataFolder is not null);
    }

    /// <summary>
    /// The shell line that starts the service: a <c>.dll</c> under <c>dotnet</c>; anything else (the NativeAOT publish's
    /// <c>MeetingBot</c>, an apphost) as the executable it is.
    /// </summary>
    public static string LaunchScript(string path) =>
        path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? "exec dotnet \"$0\" --urls \"$1\" > \"$2\" 2>&1"
            : "exec \"$0\" --urls \"$1\" > \"$2\" 2>&1";

    /// <summary>The botbuilder-js reference bot (tests/bench/SdkPeer/peer.js) under Node, as its own process.</summary>
    public static ServiceUnderTest StartSdkPeer(string peerFolder)
    {
        if (!Directory.Exists(Path.Combine(peerFolder, "node_modules", "botbuilder-dialogs")))
        {
            throw new InvalidOperationException($"The SDK peer is not installed: run `npm ci` in {peerFolder} (see tests/bench/README.md).");
        }

        var data = NewDataFolder();
        var port = FreePort();
        var start = Shell(peerFolder, "exec node peer.js \"$0\" > \"$1\" 2>&1", port.ToString(System.Globalization.CultureInfo.InvariantCulture), Path.Combine(data, "service.log"));
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MicrosoftApp", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["NODE_ENV"] = "production";
        return Launch(start, port, data);
    }

    private static ProcessStartInfo Shell(string workingDirectory, string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = workingDirectory, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private static ServiceUnderTest Launch(ProcessStartInfo start, int port, string data, bool keepData = false)
    {
        var started = Stopwatch.GetTimestamp();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.ArgumentList[1]} did not start.");
        return new ServiceUnderTest(process, new Uri($"http://127.0.0.1:{port}/api/messages"), data, started, keepData);
    }

    private static string NewDataFolder()
    {
        var data = Path.Combine(Path.GetTempPath(), "meetingbot-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(data);
        return data;
    }

    /// <summary>
    /// Sends a plain message every 20 ms until one is answered with a reply at the fake channel: the time from
    /// process start to the first answered turn.
    /// </summary>
    public async Task<TimeSpan> FirstAnsweredTurnAsync(FakeChannel channel, TimeSpan timeout)
    {
        using var client = new BotClient(MessagesUrl, channel.ServiceUrl);
        var person = new Person("startup-probe", "Probe");
        var conversation = Conversation.PersonalWith(person);
        while (Stopwatch.GetElapsedTime(Started) < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The service exited with {_process.ExitCode}; see {Path.Combine(DataFolder, "service.log")}.");
            }

            try
            {
                var (status, _, _) = await client.SendAsync(person, conversation, "help");
                if (status == 200 && channel.Take(conversation.Id).Count > 0)
                {
                    return Stopwatch.GetElapsedTime(Started);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"The service answered no turn within {timeout}; see {Path.Combine(DataFolder, "service.log")}.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        if (_keepData)
        {
            return;
        }

        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open: the folder is in the temp directory, left for the OS to clean.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
