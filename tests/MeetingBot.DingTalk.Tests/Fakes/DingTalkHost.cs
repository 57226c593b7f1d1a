using MeetingBot.Coordination.People;
using MeetingBot.People;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MeetingBot.Testing.Loopback;

namespace MeetingBot.DingTalk.Tests.Fakes;

/// <summary>
/// The real MeetingBot host in process with the DingTalk channel enabled against <see cref="FakeDingTalk"/>, on
/// Memory storage: exactly the keys a deployment sets (<c>Channels:DingTalk:*</c>).
/// </summary>
/// <param name="logs">Gets every log line at every level (HttpClient's and the resilience pipeline's included).</param>
public sealed class DingTalkHost(FakeDingTalk platform, string mode = "Stream", CapturedLogs? logs = null) : WebApplicationFactory<Program>
{
    /// <summary>The service's address as people's DingTalk clients reach it: the action links' host.</summary>
    public const string PublicBaseUrl = "https://meetingbot.example.gov.cn";

    public FakeDingTalk Platform => platform;

    /// <summary>Puts a person in the directory, known in DingTalk by <paramref name="staffId"/>.</summary>
    public async Task AddPersonAsync(string staffId, string name, params OrganisationRole[] roles)
    {
        var person = new DirectoryPerson("u-" + staffId, name, "镇党委", null, null, null, roles, [new ChannelIdentity(IdentityKinds.DingTalk, staffId)]);
        var added = await Services.GetRequiredService<PeopleDirectoryStore>()
            .UpdateAsync(directory => DirectoryChanges.Add(directory, by: null, person), CancellationToken.None);
        Assert.True(added.IsSuccess, added.IsSuccess ? null : added.Failure.Code);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "",
            ["Storage:Provider"] = "Memory",
            ["Channels:DingTalk:Enabled"] = "true",
            ["Channels:DingTalk:Mode"] = mode,
            ["Channels:DingTalk:ClientId"] = FakeDingTalk.ClientId,
            ["Channels:DingTalk:ClientSecret"] = FakeDingTalk.ClientSecret,
            ["Channels:DingTalk:RobotCode"] = FakeDingTalk.RobotCode,
            ["Channels:DingTalk:ApiBaseUrl"] = platform.BaseUrl,
            ["Channels:DingTalk:PublicBaseUrl"] = PublicBaseUrl,
            ["Channels:DingTalk:ReconnectDelay"] = "00:00:00.050",
            ["Channels:DingTalk:ReconnectDelayMax"] = "00:00:00.500",
        };
        if (logs is not null)
        {
            settings["Logging:LogLevel:Default"] = "Trace";
            settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace";
            settings["Logging:LogLevel:System.Net.Http.HttpClient"] = "Trace";
            settings["Logging:LogLevel:Polly"] = "Trace";
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        }

        builder.UseEnvironment("Development");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings));
    }
}
