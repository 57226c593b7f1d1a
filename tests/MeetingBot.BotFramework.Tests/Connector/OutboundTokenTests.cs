using System.Security.Cryptography.X509Certificates;
using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Tests.Loopback;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.BotFramework.Tests.Connector;

/// <summary>
/// The bot's own token: fetched by MSAL from a loopback token endpoint (configured through ToChannelFromBotLoginUrl
/// as a deployment would), cached, and sent only to service URLs the bot trusts.
/// </summary>
public sealed class OutboundTokenTests : IAsyncLifetime
{
    private readonly X509Certificate2 _certificate = TestCertificate.Create();
    private LoopbackServer _login = null!;
    private int _tokensIssued;

    public async Task InitializeAsync()
    {
        _login = await LoopbackServer.StartAsync(async context =>
        {
            var form = await context.Request.ReadFormAsync();
            if (form["grant_type"] != "client_credentials" || form["client_id"] != "app-1" || form["client_secret"] != "s3cret")
            {
                context.Response.StatusCode = 400;
                await context.Response.WriteAsJsonAsync(new { error = "invalid_client" });
                return;
            }

            var n = Interlocked.Increment(ref _tokensIssued);
            await context.Response.WriteAsJsonAsync(new { token_type = "Bearer", expires_in = 3600, ext_expires_in = 3600, access_token = $"token-{n}" });
        }, _certificate);
    }

    public async Task DisposeAsync()
    {
        await _login.DisposeAsync();
        _certificate.Dispose();
    }

    [Fact]
    public async Task TrustedServiceUrl_GetsTheBearerToken_FetchedOnceAndCached()
    {
        await using var channel = await LoopbackServer.StartAsync(_ => Task.CompletedTask);
        await using var services = Services();
        services.GetRequiredService<ServiceUrlTrust>().Trust(channel.BaseUrl);
        var client = services.GetRequiredService<ConnectorClientFactory>().Create(channel.BaseUrl);

        await client.SendToConversationAsync(ConnectorTestBed.Message(), CancellationToken.None);
        await client.SendToConversationAsync(ConnectorTestBed.Message(), CancellationToken.None);

        Assert.All(channel.Requests, r => Assert.Equal("Bearer token-1", r.Authorization));
        Assert.Equal(1, _tokensIssued);
        var tokenRequest = _login.Requests.Single();
        Assert.Equal("/botframework.com/oauth2/v2.0/token", tokenRequest.PathAndQuery);
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", tokenRequest.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UntrustedServiceUrl_GetsNoToken()
    {
        await using var channel = await LoopbackServer.StartAsync(_ => Task.CompletedTask);
        await using var services = Services();

        await services.GetRequiredService<ConnectorClientFactory>().Create(channel.BaseUrl)
            .SendToConversationAsync(ConnectorTestBed.Message(), CancellationToken.None);

        Assert.Equal(string.Empty, channel.Requests.Single().Authorization);
        Assert.Equal(0, _tokensIssued);
    }

    [Fact]
    public async Task ConfiguredAllowList_IsTrustedWithoutAnActivityVouchingForIt()
    {
        await using var channel = await LoopbackServer.StartAsync(_ => Task.CompletedTask);
        await using var services = Services(new() { ["TrustedServiceUrls:0"] = channel.BaseUrl + "/" });

        await services.GetRequiredService<ConnectorClientFactory>().Create(channel.BaseUrl)
            .SendToConversationAsync(ConnectorTestBed.Message(), CancellationToken.None);

        Assert.Equal("Bearer token-1", channel.Requests.Single().Authorization);
    }

    [Fact]
    public async Task Unauthorized_ForcesOneTokenRefresh_AndOneRetry()
    {
        var calls = 0;
        await using var channel = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = Interlocked.Increment(ref calls) == 1 ? 401 : 200;
            return Task.CompletedTask;
        });
        await using var services = Services();
        services.GetRequiredService<ServiceUrlTrust>().Trust(channel.BaseUrl);

        await services.GetRequiredService<ConnectorClientFactory>().Create(channel.BaseUrl)
            .SendToConversationAsync(ConnectorTestBed.Message(), CancellationToken.None);

        Assert.Equal(["Bearer token-1", "Bearer token-2"], channel.Requests.Select(r => r.Authorization));
        Assert.Equal(2, _tokensIssued);
    }

    [Fact]
    public async Task WithoutAnAppId_NoTokenIsEverSent()
    {
        await using var channel = await LoopbackServer.StartAsync(_ => Task.CompletedTask);
        await using var services = BotFrameworkHost.Build(new Dictionary<string, string?>());
        services.GetRequiredService<ServiceUrlTrust>().Trust(channel.BaseUrl);

        await services.GetRequiredService<ConnectorClientFactory>().Create(channel.BaseUrl)
            .SendToConversationAsync(ConnectorTestBed.Message(), CancellationToken.None);

        Assert.Equal(string.Empty, channel.Requests.Single().Authorization);
    }

    private ServiceProvider Services(Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "app-1",
            ["MicrosoftAppPassword"] = "s3cret",
            ["ToChannelFromBotLoginUrl"] = _login.BaseUrl + "/botframework.com",
            ["Connector:RetryBaseDelay"] = "00:00:00.010",
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return BotFrameworkHost.Build(settings, _certificate);
    }
}
