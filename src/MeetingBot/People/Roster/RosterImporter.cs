using MeetingBot.Coordination.People;
using Microsoft.Extensions.Options;

namespace MeetingBot.People.Roster;

/// <summary>
/// Imports a roster file into the directory for the chat and the command line alike: reads the rows, lets
/// Coordination decide (<see cref="RosterImport"/>) on the directory as stored, and writes it with its ETag.
/// </summary>
public sealed partial class RosterImporter(PeopleDirectoryStore store, IOptions<DirectoryOptions> options, ILogger<RosterImporter> logger)
{
    /// <param name="by">The administrator importing; null for the command line (whoever runs it operates the server).</param>
    public async Task<RosterImportReport> ImportAsync(ReadOnlyMemory<byte> content, RosterFormat format, DirectoryPerson? by, bool skipBadRows, CancellationToken cancellationToken)
    {
        switch (RosterFile.Read(content, format))
        {
            case RosterReading.NoHeader:
                return new RosterImportReport(null, null, RosterTexts.NoHeader);
            case RosterReading.Rows { Values: var rows }:
                RosterImport? import = null;
                var outcome = await store.UpdateAsync(directory =>
                {
                    import = RosterImport.Read(directory, rows, options.Value.Units, PeopleDirectoryStore.NewPersonId);
                    return import.ApplyTo(directory, by, skipBadRows);
                }, cancellationToken);
                if (outcome.IsSuccess)
                {
                    LogImported(import!.Added.Count, import.Updated.Count, import.RefusedRows);
                }

                return new RosterImportReport(import, outcome.Failure, null);
            default:
                return new RosterImportReport(null, null, RosterTexts.Unreadable);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Roster imported: {Added} added, {Updated} updated, {Skipped} row(s) skipped")]
    private partial void LogImported(int added, int updated, int skipped);
}
