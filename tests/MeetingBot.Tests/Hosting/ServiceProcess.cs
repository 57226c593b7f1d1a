using System.Diagnostics;

namespace MeetingBot.Tests.Hosting;

/// <summary>
/// The built service run as its own process, the way an operator starts it. Used where the in-process host cannot
/// tell the truth: a start-up that fails races the test host's own disposal.
/// </summary>
public static class ServiceProcess
{
    public static async Task<(int ExitCode, string Output)> RunUntilExitAsync(IDictionary<string, string> environment, TimeSpan timeout, params string[] arguments)
    {
        var start = StartInfo(environment, arguments);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            return (-1, "still running after " + timeout);
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>
    /// How the built service is started: from the test output folder, on a free loopback port (or with
    /// <paramref name="arguments"/>, for a verb), with the machine's own MicrosoftApp* credentials removed so only the
    /// test's settings count.
    /// </summary>
    public static ProcessStartInfo StartInfo(IDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MeetingBot.dll"));
        foreach (var argument in arguments.Length > 0 ? arguments : ["--urls", "http://127.0.0.1:0"])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MicrosoftApp", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }
}
