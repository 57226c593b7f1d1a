using MeetingBot.Tests.Authentication.Fakes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Hosting;

/// <summary>
/// The real MeetingBot host in process, configured with exactly the keys a deployment sets (flat
/// <c>MicrosoftApp*</c> and <c>ToBotFrom*</c>, sectioned <c>Storage:*</c>). As a class fixture it is local
/// development: no app id, so authentication is off, and in-memory storage.
/// </summary>
public sealed class MeetingBotFactory : WebApplicationFactory<Program>
{
    public const string AppId = "5e0a7c1d-2b9f-4d83-a6e4-91c3f0b8d27a";
    public const string ChannelIssuer = "https://api.botframework.com";

    private readonly string _environment;
    private readonly Dictionary<string, string?> _settings;
    private TimeProvider? _clock;

    public MeetingBotFactory()
        : this("Development", new()
        {
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "",
            ["Storage:Provider"] = "Memory",
        })
    {
    }

    private MeetingBotFactory(string environment, Dictionary<string, string?> settings)
    {
        _environment = environment;
        _settings = settings;
    }

    /// <summary>A deployed bot whose channel and Emulator keys come from <paramref name="keys"/>.</summary>
    public static MeetingBotFactory Deployed(OpenIdMetadataServer keys) => new("Production", new()
    {
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "secret",
        ["ToBotFromChannelOpenIdMetadataUrl"] = keys.ChannelMetadataUrl,
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = keys.EmulatorMetadataUrl,
        ["ToBotFromChannelTokenIssuer"] = ChannelIssuer,
        ["Storage:Provider"] = "Memory",
    });

    /// <summary>Local development on the storage the settings name (<c>Storage:*</c>), for provider parity tests.</summary>
    public static MeetingBotFactory WithStorage(Dictionary<string, string?> storage) => new("Development", new(storage)
    {
        ["MicrosoftAppId"] = "",
        ["MicrosoftAppPassword"] = "",
    });

    /// <summary>Local development on Memory storage with the host's clock replaced, for scenarios that span weeks.</summary>
    public static MeetingBotFactory WithClock(TimeProvider clock) => new MeetingBotFactory { _clock = clock };

    /// <summary>
    /// Local development with the organisation's sign-in on (<c>SignIn:*</c>) and a provider that is never contacted:
    /// the tests bring their own sealed sign-in cookie. <paramref name="more"/> adds or overrides settings.
    /// </summary>
    public static MeetingBotFactory WithSignIn(Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "",
            ["SignIn:Authority"] = "http://127.0.0.1:9/realms/test",
            ["SignIn:ClientId"] = "meetingbot-web",
            ["SignIn:RequireHttpsMetadata"] = "false",
        };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        return In("Development", settings);
    }

    /// <summary>
    /// Local development exporting its telemetry to an OTLP collector at <paramref name="collectorUrl"/> (over HTTP),
    /// as a deployment configures it: without an exporter the service registers no OpenTelemetry provider at all.
    /// </summary>
    public static MeetingBotFactory WithCollector(string collectorUrl) => In("Development", new()
    {
        ["MicrosoftAppId"] = "",
        ["MicrosoftAppPassword"] = "",
        ["Telemetry:OtlpEndpoint"] = collectorUrl,
        ["Telemetry:OtlpProtocol"] = "HttpProtobuf",
    });

    /// <summary>Any environment with exactly <paramref name="settings"/> (in-memory storage is added).</summary>
    public static MeetingBotFactory In(string environment, Dictionary<string, string?> settings) =>
        new(environment, new(settings) { ["Storage:Provider"] = "Memory" });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        // Settings read while the host is being built (which job store the reminders use) must be host settings.
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        // Added last, so these win over appsettings.json, user secrets and the machine's environment.
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(_settings));
        if (_clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }
}
