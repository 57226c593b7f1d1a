using System.Diagnostics;
using System.Reflection;
using MeetingBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace MeetingBot.Storage.Tests.Sqlite;

/// <summary>
/// A write SqliteStorage acknowledged survives its process being killed with SIGKILL (no finally blocks, no close)
/// while it is writing the next one. The writer is MeetingBot.Storage.Tests.Writer, run as a separate process.
/// </summary>
public sealed class SqliteDurabilityTests : IDisposable
{
    private const int AcksBeforeKill = 200;
    private const int KilledBySigkill = 128 + 9;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly string _folder = Directory.CreateTempSubdirectory("meetingbot-kill-").FullName;

    [Fact]
    public async Task Writer_KilledMidWrite_KeepsEveryAcknowledgedWriteAndAnIntactFile()
    {
        var path = Path.Combine(_folder, "bot.db");

        var (acked, exitCode) = await WriteUntilKilledAsync(path);

        Assert.Equal(KilledBySigkill, exitCode);
        Assert.True(acked.Count >= AcksBeforeKill, $"only {acked.Count} acks");
        Assert.Equal(Enumerable.Range(0, acked.Count), acked);
        SqliteConnection.ClearAllPools();
        var reopened = new SqliteStorage(path);
        foreach (var i in acked)
        {
            Assert.Equal($"{{\"i\":{i}}}", (await reopened.ReadAsync($"k-{i}"))?.Json);
        }

        Assert.Equal("ok", IntegrityCheck(path));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task<(List<int> Acked, int ExitCode)> WriteUntilKilledAsync(string path)
    {
        using var timeout = new CancellationTokenSource(Patience);
        using var writer = StartWriter(path);
        try
        {
            var acked = new List<int>();
            while (acked.Count < AcksBeforeKill)
            {
                var line = await writer.StandardOutput.ReadLineAsync(timeout.Token)
                    ?? throw new InvalidOperationException(
                        $"The writer exited after {acked.Count} acks: {await writer.StandardError.ReadToEndAsync(timeout.Token)}");
                acked.Add(ParseAck(line));
            }

            writer.Kill();
            await writer.WaitForExitAsync(timeout.Token);

            // Acks already in the pipe when the kill landed stand for acknowledged writes too.
            var rest = await writer.StandardOutput.ReadToEndAsync(timeout.Token);
            acked.AddRange(rest.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(ParseAck));
            return (acked, writer.ExitCode);
        }
        finally
        {
            if (!writer.HasExited)
            {
                writer.Kill();
            }
        }
    }

    private static Process StartWriter(string path)
    {
        var dll = typeof(SqliteDurabilityTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "WriterDll").Value!;
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException("The writer is built with this test project; build the solution first.", dll);
        }

        // The dotnet CLI tells the processes it starts where its host is; without it, the one on PATH.
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } found ? found : "dotnet";
        var start = new ProcessStartInfo(host, [dll, path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // Held open for the writer's lifetime: it stops by itself when this process dies and the pipe closes.
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        return Process.Start(start) ?? throw new InvalidOperationException($"Could not start {host} {dll}.");
    }

    private static int ParseAck(string line) =>
        line.StartsWith("ack ", StringComparison.Ordinal) && int.TryParse(line.AsSpan(4), out var i)
            ? i
            : throw new FormatException($"The writer printed '{line}', not 'ack N'.");

    private static string? IntegrityCheck(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return command.ExecuteScalar() as string;
    }
}
