using MeetingBot.Chat.Administration;
using MeetingBot.Chat.Commands;
using MeetingBot.Documents.Links;
using MeetingBot.People.Roster;
using Microsoft.Extensions.Options;

namespace MeetingBot.People;

/// <summary>The directory of people: who is who, whatever the channel, and its administration.</summary>
public static class PeopleFeature
{
    public static IServiceCollection AddPeopleDirectory(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectoryOptions>().Bind(configuration.GetSection(DirectoryOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DirectoryOptions>, DirectoryOptionsValidator>();
        services.AddSingleton<PeopleDirectoryStore>();
        services.AddSingleton<DirectoryIdentity>();
        services.AddSingleton<DirectoryStartup>();
        // Beside the server's start, not before it; requests, turns and the reminder scheduler wait for it.
        services.AddSingleton<DirectoryReadiness>();
        services.AddHostedService(sp => sp.GetRequiredService<DirectoryReadiness>());
        services.AddSingleton<DirectoryReadyTurns>();
        services.AddSingleton<RosterImporter>();
        services.AddSingleton<RosterExportFile>();
        services.AddSingleton<IDocumentGrantCheck, RosterExportReaders>();
        services.AddAdministrationCommands();
        return services;
    }
}
