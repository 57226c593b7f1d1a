using MeetingBot.BotFramework;
using MeetingBot.BotFramework.Connector;
using MeetingBot.Documents;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace MeetingBot.Tests.Documents;

/// <summary>
/// A fake file host on loopback (Teams' file download URLs and a channel's attachment URLs alike) and the upload reader
/// wired as in the service: the protocol layer's connector pipeline, with a bot token the test can recognise.
/// </summary>
public sealed class UploadTestBed : IAsyncDisposable
{
    public const string BotToken = "bot-token-for-tests";

    private UploadTestBed(LoopbackServer host, ServiceProvider services)
    {
        Host = host;
        Services = services;
    }

    public LoopbackServer Host { get; }

    public ServiceProvider Services { get; }

    public UploadedFileReader Reader => Services.GetRequiredService<UploadedFileReader>();

    /// <param name="asChannelHost">Lists the loopback host among the channel's file hosts (<c>Uploads:AttachmentHosts</c>),
    /// as Teams' and the Bot Framework's hosts are; false leaves it a host nobody vouched for.</param>
    public static async Task<UploadTestBed> StartAsync(Func<HttpContext, Task> files, Dictionary<string, string?>? settings = null, bool asChannelHost = true)
    {
        var host = await LoopbackServer.StartAsync(files);
        var all = new Dictionary<string, string?>(settings ?? []);
        if (asChannelHost)
        {
            all["Uploads:AttachmentHosts:100"] = new Uri(host.BaseUrl).Host;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Development });
        services.AddBotFramework(configuration);
        services.AddMeetingBotUploads(configuration);
        // Registered last, so it is the one resolved: the token MSAL would fetch in a deployment.
        services.AddSingleton<IBotAccessTokenProvider>(new FixedToken());
        return new UploadTestBed(host, services.BuildServiceProvider());
    }

    /// <summary>As an authenticated activity from a channel at the host's address would make it.</summary>
    public void TrustHostAsServiceUrl() => Services.GetRequiredService<ServiceUrlTrust>().Trust(Host.BaseUrl);

    public string Url(string path) => Host.BaseUrl + path;

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Host.DisposeAsync();
    }

    private sealed class FixedToken : IBotAccessTokenProvider
    {
        public Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken) => Task.FromResult<string?>(BotToken);
    }
}
