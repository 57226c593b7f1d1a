using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MeetingBot.Documents;

public static class UploadServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="UploadedFileReader"/> with its options (section <c>Uploads</c>) and its plain HTTP client. Needs the
    /// protocol layer (<c>AddBotFramework</c>) for the connector pipeline that fetches channel URLs.
    /// </summary>
    public static IServiceCollection AddMeetingBotUploads(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<UploadOptions>().Bind(configuration.GetSection(UploadOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        // The reader bounds each download, body included, with Uploads:DownloadTimeout, and follows redirects itself
        // (within one origin), so neither client follows one.
        services.AddHttpClient(UploadedFileReader.HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(NoRedirects);
        services.AddHttpClient(UploadedFileReader.ChannelHttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler<BotFramework.Connector.BotTokenHandler>()
            .ConfigurePrimaryHttpMessageHandler(NoRedirects);
        services.AddSingleton<UploadedFileReader>();
        return services;
    }

    private static HttpMessageHandler NoRedirects() => new SocketsHttpHandler { AllowAutoRedirect = false };
}
