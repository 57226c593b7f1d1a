using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using Npgsql;

namespace MeetingBot.Reminders;

/// <summary>Stops start-up with a message naming the key when the reminder job store settings cannot work.</summary>
public sealed class ReminderOptionsValidator : IValidateOptions<ReminderOptions>
{
    public ValidateOptionsResult Validate(string? name, ReminderOptions options)
    {
        if (!Enum.IsDefined(options.JobStore))
        {
            return ValidateOptionsResult.Fail(
                $"{ReminderOptions.SectionName}:JobStore is '{options.JobStore}'; it must be one of {string.Join(", ", Enum.GetNames<ReminderJobStore>())}.");
        }

        if (options.JobStore != ReminderJobStore.Postgres)
        {
            return ValidateOptionsResult.Success;
        }

        var key = $"{ReminderOptions.SectionName}:PostgresConnectionString";
        if (string.IsNullOrWhiteSpace(options.PostgresConnectionString))
        {
            return ValidateOptionsResult.Fail($"{key} must be set when {ReminderOptions.SectionName}:JobStore is Postgres.");
        }

        if (ConnectionStringProblem(key, options.PostgresConnectionString) is { } problem)
        {
            return ValidateOptionsResult.Fail(problem);
        }

        return options.ClusterCheckinMisfireThreshold < options.ClusterCheckinInterval
            ? ValidateOptionsResult.Fail(
                $"{ReminderOptions.SectionName}:ClusterCheckinMisfireThreshold must be at least {ReminderOptions.SectionName}:ClusterCheckinInterval, " +
                "or a live instance is taken for dead between two check-ins.")
            : ValidateOptionsResult.Success;
    }

    /// <summary>
    /// A method of its own so that Npgsql is loaded only when the PostgreSQL job store is configured: the default
    /// SQLite store never needs it (tests/bench/RESULTS.md, "resident memory").
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string? ConnectionStringProblem(string key, string connectionString)
    {
        try
        {
            var parsed = new NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(parsed.Host) ? $"{key} names no Host." : null;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException or OverflowException)
        {
            // Npgsql names the unknown keyword or the badly typed value (a port, a timeout), never a password.
            return $"{key} is not a valid connection string: {ex.Message}";
        }
    }
}
