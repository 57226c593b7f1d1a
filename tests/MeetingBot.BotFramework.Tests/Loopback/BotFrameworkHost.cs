using System.Security.Cryptography.X509Certificates;
using MeetingBot.BotFramework.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MeetingBot.BotFramework.Tests.Loopback;

/// <summary>The protocol layer's services, wired exactly as the service wires them, from a configuration the test gives.</summary>
public static class BotFrameworkHost
{
    public static ServiceProvider Build(IDictionary<string, string?> settings, X509Certificate2? trustedCertificate = null, string environment = "Development", IStorage? storage = null, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.AddDebug());
        services.AddSingleton<IHostEnvironment>(new TestEnvironment(environment));
        services.AddSingleton(storage ?? new MemoryStorage());
        services.AddSingleton<MeetingBot.BotFramework.Builder.ITurnErrorHandler, RecordingTurnErrorHandler>();
        services.AddBotFramework(configuration);
        if (trustedCertificate is not null)
        {
            // Only the token endpoint is https here; trust exactly the test's own certificate.
            services.AddHttpClient(MeetingBot.BotFramework.Connector.MsalAccessTokenProvider.HttpClientName)
                .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
                {
                    ServerCertificateCustomValidationCallback = (_, cert, _, _) => cert?.Thumbprint == trustedCertificate.Thumbprint,
                });
        }

        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    private sealed class TestEnvironment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "MeetingBot.Tests";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
