using MeetingBot.Reminders;
using Microsoft.Extensions.Configuration;

namespace MeetingBot.Tests.Reminders;

public sealed class ReminderDefaultsTests
{
    [Fact]
    public void UnsetJobStorePath_IsBesideTheSqliteFile()
    {
        var reminders = new ReminderOptions();

        ReminderDefaults.Apply(reminders, Configuration(new() { ["Storage:Sqlite:Path"] = Path.Combine("srv", "bot", "state.db") }));

        Assert.Equal(Path.Combine("srv", "bot", "reminders.db"), reminders.JobStorePath);
    }

    [Fact]
    public void UnsetJobStorePath_WithDefaultStorage_IsInTheDataFolder()
    {
        var reminders = new ReminderOptions();

        ReminderDefaults.Apply(reminders, Configuration([]));

        Assert.Equal(Path.Combine("data", "reminders.db"), reminders.JobStorePath);
    }

    [Fact]
    public void EmptyJobStorePath_StaysEmpty_ForTriggersInMemory()
    {
        var reminders = new ReminderOptions { JobStorePath = "" };

        ReminderDefaults.Apply(reminders, Configuration(new() { ["Storage:Sqlite:Path"] = "/srv/bot/state.db" }));

        Assert.Equal("", reminders.JobStorePath);
    }

    [Fact]
    public void UnsetPostgresConnectionString_IsTheStoragesOne()
    {
        var reminders = new ReminderOptions { JobStore = ReminderJobStore.Postgres };

        ReminderDefaults.Apply(reminders, Configuration(new() { ["Storage:Postgres:ConnectionString"] = "Host=db;Database=meetingbot" }));

        Assert.Equal("Host=db;Database=meetingbot", reminders.PostgresConnectionString);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
