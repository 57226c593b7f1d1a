using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reminders;
using MeetingBot.Coordination.Templates;
using MeetingBot.Meetings.Storage;
using MeetingBot.Reminders;
using MeetingBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Quartz;

namespace MeetingBot.Tests.Reminders;

/// <summary>
/// The job store <c>Reminders:JobStore</c> chooses: PostgreSQL settings that cannot work stop the start-up naming the
/// key; on PostgreSQL the schema is created at start-up and triggers are kept there, clustered.
/// </summary>
public sealed class ReminderJobStoreTests
{
    [Theory]
    [InlineData("", "Reminders:PostgresConnectionString must be set")]
    [InlineData("Hots=127.0.0.1;Database=x", "Reminders:PostgresConnectionString is not a valid connection string")]
    [InlineData("Host=127.0.0.1;Port=fivefourthreetwo", "Reminders:PostgresConnectionString is not a valid connection string")]
    [InlineData("Database=x;Username=y", "Reminders:PostgresConnectionString names no Host")]
    public async Task PostgresJobStore_WithUnusableConnectionString_RefusesToStart_NamingTheKey(string connectionString, string expected)
    {
        var (exitCode, output) = await ServiceProcess.RunUntilExitAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Storage__Provider"] = "Memory",
            ["Reminders__JobStore"] = "Postgres",
            ["Reminders__PostgresConnectionString"] = connectionString,
        }, TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, exitCode);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownJobStore_RefusesToStart_NamingTheKey()
    {
        var (exitCode, output) = await ServiceProcess.RunUntilExitAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Storage__Provider"] = "Memory",
            ["Reminders__JobStore"] = "Oracle",
        }, TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Reminders:JobStore", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostgresJobStore_CreatesItsSchema_AndKeepsTriggersAcrossARestart()
    {
        var database = $"jobstore_{Guid.NewGuid():N}"[..24];
        var postgres = await TestPostgres.CreateDatabaseAsync(database);
        var folder = Directory.CreateTempSubdirectory("meetingbot-pgstore-").FullName;
        try
        {
            Dictionary<string, DateTimeOffset> planned;
            string meetingId;
            await using (var first = await HostAsync(folder, "state.db", postgres))
            {
                var template = first.Services.GetRequiredService<TemplateLibrary>().Find("democratic-life-meeting")!;
                var bed = NoticeMeeting.Create(template, "m-" + Guid.NewGuid().ToString("N")[..8], DateTimeOffset.UtcNow.AddDays(30), members: 3);
                meetingId = bed.Meeting.Id;
                var saved = await first.Services.GetRequiredService<MeetingRepository>()
                    .UpdateAsync<Meeting>(null, DocumentId.Meeting(meetingId), _ => bed.Meeting, CancellationToken.None);
                await first.Services.GetRequiredService<ReminderSchedule>().ReconcileAsync(saved.Value.Id, CancellationToken.None);
                planned = ReminderPlan.For(bed.Meeting, template).Where(r => r.FireAt > DateTimeOffset.UtcNow).ToDictionary(r => r.Key, r => r.FireAt);
                var scheduler = await first.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
                Assert.True((await scheduler.GetMetadata()).JobStoreClustered);
            }

            Assert.Equal(planned.Count, await CountAsync(postgres, $"SELECT count(*) FROM qrtz_triggers WHERE trigger_group = '{meetingId}'"));

            // Nothing to rebuild the triggers from: what is there was kept by PostgreSQL.
            await using var second = await HostAsync(folder, "empty-state.db", postgres);
            var keys = await second.Services.GetRequiredService<ReminderSchedule>().PlannedAsync(meetingId, CancellationToken.None);
            Assert.Equal(planned.Keys.Order(), keys.Select(k => k.Name).Order());
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(database);
        }
    }

    private static async Task<MeetingBotFactory> HostAsync(string folder, string stateFile, string postgres)
    {
        var factory = MeetingBotFactory.WithStorage(new()
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:Sqlite:Path"] = Path.Combine(folder, stateFile),
            ["Reminders:JobStore"] = "Postgres",
            ["Reminders:PostgresConnectionString"] = postgres,
            ["Reminders:SchedulerName"] = "jobstore-test",
        });
        var startup = factory.Services.GetServices<IHostedService>().OfType<ReminderStartup>().Single();
        await (startup.ExecuteTask ?? Task.CompletedTask);
        return factory;
    }

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
