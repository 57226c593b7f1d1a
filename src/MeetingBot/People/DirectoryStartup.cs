using System.Text.Json;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.People;
using MeetingBot.Meetings.Storage;
using Microsoft.Extensions.Options;

namespace MeetingBot.People;

/// <summary>
/// At start-up: the configured administrators while the directory has none (<see cref="DirectoryBootstrap"/>), and,
/// once, the web chat participants of meetings set up before the directory (<see cref="WebChatMigration"/>), marked
/// done by a small document. Both are idempotent: another instance starting at the same moment changes nothing more.
/// </summary>
public sealed partial class DirectoryStartup(
    PeopleDirectoryStore store, IStorage storage, MeetingDirectory meetingDirectory, IOptions<DirectoryOptions> options, TimeProvider time,
    ILogger<DirectoryStartup> logger) : IHostedService
{
    private const string MeetingsPrefix = "meetings/";

    public Task StartAsync(CancellationToken cancellationToken) => RunAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await AddAdministratorsAsync(cancellationToken);
        await MigrateWebChatParticipantsAsync(cancellationToken);
        await FileMeetingsUnderUnitsAsync(cancellationToken);
    }

    private async Task AddAdministratorsAsync(CancellationToken cancellationToken)
    {
        var entries = options.Value.Administrators.Select(a => a.ToEntry()).ToList();
        DirectoryBootstrap.Result? result = null;
        await store.UpdateAsync(directory => (result = DirectoryBootstrap.Apply(directory, entries, PeopleDirectoryStore.NewPersonId)).Directory, cancellationToken);
        if (result is { } done && done.Added + done.Granted > 0)
        {
            LogAdministrators(done.Added, done.Granted);
        }
        else if (entries.Count == 0 && !result!.Directory.With(OrganisationRole.Administrator).Any())
        {
            LogNoAdministrator();
        }
    }

    private async Task MigrateWebChatParticipantsAsync(CancellationToken cancellationToken)
    {
        if (await storage.ReadAsync(WebChatMigrationMarker.Key, cancellationToken) is not null)
        {
            return;
        }

        var meetings = (await storage.ListAsync(MeetingsPrefix, cancellationToken))
            .Where(d => IsMeetingHeader(d.Key))
            .Select(d => JsonSerializer.Deserialize<Meeting>(d.Json, DocumentJson.Options))
            .OfType<Meeting>()
            .ToList();
        WebChatMigration.Result? result = null;
        await store.UpdateAsync(directory => (result = WebChatMigration.Apply(directory, meetings, PeopleDirectoryStore.NewPersonId)).Directory, cancellationToken);
        try
        {
            await storage.WriteAsync(WebChatMigrationMarker.Key, new WebChatMigrationMarker(time.GetUtcNow(), result?.Added ?? 0), WriteCondition.IfAbsent, cancellationToken);
        }
        catch (StorageConflictException)
        {
            // Another instance finished the same migration first; ours added nothing more.
        }

        LogMigrated(result!.Added, result.Organisers, meetings.Count);
    }

    /// <summary>
    /// Meetings set up before units get their secretary's unit (<see cref="UnitScope.UnitOf"/>), written with the
    /// ETag read, and are filed under it for the superior's view. A meeting whose secretary has no unit stays as it
    /// was: its participants still see it, and nobody else.
    /// </summary>
    private async Task FileMeetingsUnderUnitsAsync(CancellationToken cancellationToken)
    {
        if (await storage.ReadAsync(MeetingUnitsMigrationMarker.Key, cancellationToken) is not null)
        {
            return;
        }

        var directory = await store.GetAsync(cancellationToken);
        var filed = 0;
        foreach (var header in (await storage.ListAsync(MeetingsPrefix, cancellationToken)).Where(d => IsMeetingHeader(d.Key)))
        {
            if (JsonSerializer.Deserialize<Meeting>(header.Json, DocumentJson.Options) is not { } meeting
                || UnitScope.UnitOf(meeting, directory) is not { } unit)
            {
                continue;
            }

            if (meeting.Unit is null)
            {
                await storage.UpdateDocumentAsync<Meeting>(header.Key, current => current is { Unit: null } ? current with { Unit = unit } : null, cancellationToken);
            }

            await meetingDirectory.AddToUnitAsync(unit, meeting.Id, cancellationToken);
            filed++;
        }

        try
        {
            await storage.WriteAsync(MeetingUnitsMigrationMarker.Key, new MeetingUnitsMigrationMarker(time.GetUtcNow(), filed), WriteCondition.IfAbsent, cancellationToken);
        }
        catch (StorageConflictException)
        {
            // Another instance filed the same meetings first; filing is idempotent.
        }

        LogFiled(filed);
    }

    // meetings/{id}/meeting: the header, not one of the meeting's deliverable documents.
    private static bool IsMeetingHeader(string key) =>
        key.EndsWith("/meeting", StringComparison.Ordinal) && key.Count(c => c == '/') == 2;

    [LoggerMessage(Level = LogLevel.Information, Message = "Directory: {Added} configured administrator(s) added, {Granted} existing person(s) made administrator")]
    private partial void LogAdministrators(int added, int granted);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Directory: no administrator, and none configured (Directory:Administrators); nobody can keep the directory in chat until one is added with the directory command")]
    private partial void LogNoAdministrator();

    [LoggerMessage(Level = LogLevel.Information, Message = "Directory: {Filed} meeting(s) filed under their unit")]
    private partial void LogFiled(int filed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Directory: {Added} web chat participant(s) of {Meetings} earlier meeting(s) became directory people ({Organisers} organiser(s))")]
    private partial void LogMigrated(int added, int organisers, int meetings);
}
