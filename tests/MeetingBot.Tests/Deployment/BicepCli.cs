using System.Diagnostics;
using System.Reflection;

namespace MeetingBot.Tests.Deployment;

/// <summary>The Bicep compiler from its NuGet package (Azure.Bicep.CommandLine.linux-x64), run as a process.</summary>
public static class BicepCli
{
    public static string Path { get; } = Locate();

    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryFiles.PathOf("manifests", "azure"),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Never the machine's own values for the variables the parameters file reads.
        foreach (var name in new[] { "MICROSOFT_APP_ID", "MICROSOFT_APP_PASSWORD", "POSTGRES_ADMIN_PASSWORD" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        start.Environment["BICEP_TRACING_ENABLED"] = "false";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }

    private static string Locate()
    {
        var configured = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPath").Value;
        Assert.False(string.IsNullOrEmpty(configured), "BicepPath is empty: the Azure.Bicep.CommandLine package was not restored");
        // The package's props join with a backslash, which only Windows reads as a separator.
        var path = System.IO.Path.GetFullPath(OperatingSystem.IsWindows() ? configured : configured.Replace('\\', '/'));
        Assert.True(File.Exists(path), $"No Bicep compiler at {path}");
        return path;
    }
}
