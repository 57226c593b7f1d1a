using MeetingBot.Chat.Commands;

namespace MeetingBot.Board;

/// <summary>The public rectification board: a read-only page behind a revocable per-meeting link (公示链接).</summary>
public static class BoardFeature
{
    public static IServiceCollection AddPublicBoard(this IServiceCollection services)
    {
        services.AddSingleton<BoardLinkStore>();
        services.AddSingleton<IChatCommandHandler, BoardLinkCommand>();
        services.AddSingleton<IChatCommandHandler, RevokeBoardLinkCommand>();
        return services;
    }

    public static WebApplication MapPublicBoard(this WebApplication app)
    {
        BoardPage.Map(app);
        return app;
    }
}
