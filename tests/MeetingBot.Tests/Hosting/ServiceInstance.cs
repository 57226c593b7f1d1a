using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace MeetingBot.Tests.Hosting;

/// <summary>
/// The built service (<c>MeetingBot.dll</c>) running as its own long-lived process on a loopback port, the way one
/// instance of a deployment runs: its output lines are kept for the test to read, and it can be killed outright.
/// </summary>
public sealed partial class ServiceInstance : IAsyncDisposable
{
    private readonly Process _process;

    private ServiceInstance(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public int ProcessId => _process.Id;

    public ConcurrentQueue<string> Output { get; } = new();

    public bool HasExited => _process.HasExited;

    public static ServiceInstance Start(string name, IDictionary<string, string> environment)
    {
        var start = ServiceProcess.StartInfo(environment);
        var process = new Process { StartInfo = start };
        var instance = new ServiceInstance(name, process);
        process.OutputDataReceived += (_, e) => instance.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => instance.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return instance;
    }

    /// <summary>The address it listens on, once Kestrel has said so.</summary>
    public async Task<Uri> WaitUntilListeningAsync(TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (Output.Select(l => Listening().Match(l)).FirstOrDefault(m => m.Success) is { } match)
            {
                return new Uri(match.Groups[1].Value);
            }

            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode} during start-up:\n{string.Join('\n', Output)}");
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{Name} did not listen within {timeout}:\n{string.Join('\n', Output)}");
    }

    /// <summary>SIGKILL: no shutdown, no flushing, like a machine losing power.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            Output.Enqueue(line);
        }
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
