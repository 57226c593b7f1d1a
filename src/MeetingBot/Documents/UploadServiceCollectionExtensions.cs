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
        // The reader bounds each download, body included, with Uploads:DownloadTimeout.
        services.AddHttpClient(UploadedFileReader.HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton<UploadedFileReader>();
        return services;
    }
}
