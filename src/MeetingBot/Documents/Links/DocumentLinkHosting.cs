using Microsoft.Extensions.Options;

namespace MeetingBot.Documents.Links;

public static class DocumentLinkHosting
{
    /// <summary>Download links (section <c>Documents:Links</c>, validated at start-up). Needs storage and the document store.</summary>
    public static IServiceCollection AddDocumentLinks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DocumentLinkOptions>().Bind(configuration.GetSection(DocumentLinkOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DocumentLinkOptions>, DocumentLinkOptionsValidator>();
        services.AddSingleton<LinkSigningKey>();
        services.AddSingleton<DocumentTokens>();
        services.AddSingleton<DocumentLinks>();
        services.AddSingleton<DocumentDownloads>();
        return services;
    }

    public static IEndpointRouteBuilder MapDocumentDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet(DocumentDownloads.Route, (string token, DocumentDownloads downloads, HttpResponse response, CancellationToken cancellationToken) =>
            downloads.HandleAsync(token, response, cancellationToken));
        return app;
    }
}
