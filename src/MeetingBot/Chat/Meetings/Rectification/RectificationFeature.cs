using MeetingBot.Chat.Commands;

namespace MeetingBot.Chat.Meetings.Rectification;

/// <summary>Registers rectification in chat: the list, adding and proposing tasks, progress, and publication (公示).</summary>
public static class RectificationFeature
{
    public static IServiceCollection AddRectificationFeature(this IServiceCollection services)
    {
        services.AddSingleton<IChatCommandHandler, RectificationCommand>();
        services.AddSingleton<IChatCommandHandler, PublishListCommand>();
        return services;
    }
}
