using MeetingBot.Coordination.People;
using MeetingBot.People;
using MeetingBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.People;

/// <summary>A host whose configuration names one administrator (赵敏, 13800000001), as a deployment would.</summary>
public sealed class DirectoryAdministrationFactory : IDisposable
{
    public const string AdministratorPhone = "13800000001";

    public DirectoryAdministrationFactory()
    {
        Factory = MeetingBotFactory.In("Development", new()
        {
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "",
            ["Directory:Administrators:0:Name"] = "赵敏",
            ["Directory:Administrators:0:Unit"] = "党政办",
            ["Directory:Administrators:0:Phone"] = AdministratorPhone,
        });
    }

    public MeetingBotFactory Factory { get; }

    public PeopleDirectoryStore Store => Factory.Services.GetRequiredService<PeopleDirectoryStore>();

    public async Task<DirectoryPerson> AdministratorAsync() =>
        (await Store.GetAsync(CancellationToken.None)).People.Single(p => p.Phone == AdministratorPhone);

    public void Dispose() => Factory.Dispose();
}
