using MeetingBot.Chat.Commands;

namespace MeetingBot.Overview;

/// <summary>The superior committee's view: the /overview page, its export and the 各单位进度 chat command.</summary>
public static class OverviewFeature
{
    public static IServiceCollection AddOverview(this IServiceCollection services)
    {
        services.AddSingleton<OverviewReader>();
        services.AddSingleton<IChatCommandHandler, UnitsCommand>();
        return services;
    }

    public static WebApplication MapOverview(this WebApplication app)
    {
        OverviewPage.Map(app);
        return app;
    }
}
