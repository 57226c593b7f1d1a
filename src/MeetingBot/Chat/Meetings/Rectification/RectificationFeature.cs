using MeetingBot.Chat.Commands;

namespace MeetingBot.Chat.Meetings.Rectification;

/// <summary>Registers rectification in chat: the list, adding and proposing tasks, progress, and publication (公示).</summary>
public static class RectificationFeature
{
    public static IServiceCollection AddRectificationFeature(this IServiceCollection services)
    {
        services.AddSingleton<TaskManagementSteps>();
        services.AddSingleton<AcceptanceSteps>();
        services.AddSingleton<ImmediateTaskStep>();
        services.AddSingleton<RectificationReviewStep>();
        services.AddSingleton<IChatCommandHandler, RectificationCommand>();
        services.AddSingleton<IChatCommandHandler, PublishListCommand>();
        return services;
    }
}
