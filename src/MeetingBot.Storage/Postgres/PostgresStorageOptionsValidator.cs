using System.Text.RegularExpressions;
using Npgsql;

namespace MeetingBot.Storage.Postgres;

/// <summary>Finds the first PostgreSQL setting that cannot work, in words that name its key.</summary>
public static partial class PostgresStorageOptionsValidator
{
    /// <param name="section">Where the settings were read from, for the message: <c>Storage:Postgres</c> or <c>Documents:Postgres</c>.</param>
    /// <returns>Why the settings cannot work, or null when they can.</returns>
    public static string? FindProblem(PostgresStorageOptions options, string section = PostgresStorageOptions.SectionName)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return $"{section}:ConnectionString must be set (e.g. Host=db;Database=meetingbot;Username=meetingbot;Password=…).";
        }

        try
        {
            var parsed = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            if (string.IsNullOrWhiteSpace(parsed.Host))
            {
                return $"{section}:ConnectionString names no Host.";
            }
        }
        catch (ArgumentException)
        {
            // The parser's message may quote the value, which may hold a password: name the key only.
            return $"{section}:ConnectionString is not a valid PostgreSQL connection string (Host=…;Database=…;Username=…;Password=…).";
        }

        if (options.TableName is null || !TableNamePattern().IsMatch(options.TableName))
        {
            return $"{section}:TableName is '{options.TableName}'; it must be 1-50 lowercase letters, digits and underscores, starting with a letter or underscore.";
        }

        return null;
    }

    // Quoted nowhere in SQL, so only names that need no quoting; 50 leaves room for the suffixes of derived names.
    [GeneratedRegex("^[a-z_][a-z0-9_]{0,49}$")]
    private static partial Regex TableNamePattern();
}
