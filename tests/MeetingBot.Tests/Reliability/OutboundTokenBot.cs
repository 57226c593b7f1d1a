using System.Security.Cryptography.X509Certificates;
using MeetingBot.BotFramework.Connector;
using MeetingBot.Tests.Authentication.Fakes;
using MeetingBot.Tests.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Reliability;

/// <summary>
/// A production-configured bot (channel and Emulator keys from a loopback metadata server) that also holds a token
/// of its own to send: MSAL gets it from a loopback https token endpoint, so a test can see where it goes.
/// </summary>
public sealed class OutboundTokenBot : IAsyncLifetime
{
    private readonly X509Certificate2 _certificate = MeetingBot.BotFramework.Tests.Loopback.TestCertificate.Create();
    private int _issued;

    public SigningKey ChannelKey { get; } = SigningKey.Endorsed("channel-key", "msteams", "emulator", "directline");

    public SigningKey EmulatorKey { get; } = SigningKey.WithoutEndorsements("entra-key");

    public OpenIdMetadataServer Keys { get; private set; } = null!;

    public LoopbackServer Login { get; private set; } = null!;

    public MeetingBotFactory Deployed { get; private set; } = null!;

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Keys = await OpenIdMetadataServer.StartAsync();
        Keys.PublishChannelKey(ChannelKey);
        Keys.PublishEmulatorKey(EmulatorKey);
        Login = await LoopbackServer.StartAsync(context =>
            context.Response.WriteAsJsonAsync(new { token_type = "Bearer", expires_in = 3600, ext_expires_in = 3600, access_token = $"bot-token-{Interlocked.Increment(ref _issued)}" }),
            _certificate);
        Deployed = MeetingBotFactory.Deployed(Keys);
        Factory = Deployed.WithWebHostBuilder(builder =>
        {
            builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ToChannelFromBotLoginUrl"] = Login.BaseUrl + "/botframework.com",
                ["Connector:RetryBaseDelay"] = "00:00:00.010",
            }));
            // Only the token endpoint is https here; trust exactly the test's own certificate.
            builder.ConfigureTestServices(services => services.AddHttpClient(MsalAccessTokenProvider.HttpClientName)
                .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
                {
                    ServerCertificateCustomValidationCallback = (_, cert, _, _) => cert?.Thumbprint == _certificate.Thumbprint,
                }));
        });
    }

    /// <summary>A channel token: our audience (or <paramref name="audience"/>), the channel issuer, vouching for <paramref name="serviceUrl"/>.</summary>
    public string ChannelToken(string serviceUrl, string audience = MeetingBotFactory.AppId) =>
        TokenMinter.Create(ChannelKey, MeetingBotFactory.ChannelIssuer, audience, TokenMinter.ChannelClaims(serviceUrl));

    /// <summary>An Emulator (Entra v1) token for our app id: valid, but it vouches for no serviceUrl.</summary>
    public string EmulatorToken() =>
        TokenMinter.Create(EmulatorKey, "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/", MeetingBotFactory.AppId,
            TokenMinter.EmulatorV1Claims(MeetingBotFactory.AppId));

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Deployed.DisposeAsync();
        await Login.DisposeAsync();
        await Keys.DisposeAsync();
        ChannelKey.Dispose();
        EmulatorKey.Dispose();
        _certificate.Dispose();
    }
}
