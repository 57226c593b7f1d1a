using MeetingBot.Chat.Commands;
using MeetingBot.People;

namespace MeetingBot.Chat.Administration;

/// <summary>The 管理员 command and its actions.</summary>
public static class AdministrationFeature
{
    public static IServiceCollection AddAdministrationCommands(this IServiceCollection services)
    {
        services.AddSingleton<IChatCommandHandler, AdministrationCommand>();
        services.AddSingleton<IAdministrationAction, ListPeople>();
        services.AddSingleton<IAdministrationAction, AddPerson>();
        services.AddSingleton<IAdministrationAction, ChangePerson>();
        services.AddSingleton<IAdministrationAction, RemovePerson>();
        services.AddSingleton<IAdministrationAction>(sp => ChangeRole.Grant(sp.GetRequiredService<PeopleDirectoryStore>()));
        services.AddSingleton<IAdministrationAction>(sp => ChangeRole.Revoke(sp.GetRequiredService<PeopleDirectoryStore>()));
        services.AddSingleton<IAdministrationAction, ImportRoster>();
        services.AddSingleton<IAdministrationAction, ExportRoster>();
        return services;
    }
}
