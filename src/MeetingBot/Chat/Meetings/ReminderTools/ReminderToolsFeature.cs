using MeetingBot.Chat.Commands;
using MeetingBot.Reminders;
using MeetingBot.Delivery.FanOut;

namespace MeetingBot.Chat.Meetings.ReminderTools;

/// <summary>Registers the secretary's reminder tools and the fan-out they drive.</summary>
public static class ReminderToolsFeature
{
    public static IServiceCollection AddReminderToolsFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddReminderFanOut(configuration);
        services.AddSingleton<IFanOutAlerts, FanOutAlerts>();
        services.AddSingleton<IFanOutMeetings, FanOutMeetings>();
        services.AddSingleton<ReminderToolScope>();
        services.AddSingleton<ActivityOnce>();
        services.AddSingleton<IChatCommandHandler, RemindNowCommand>();
        services.AddSingleton<IChatCommandHandler, ReminderProgressCommand>();
        services.AddSingleton<IChatCommandHandler, CancelRemindersCommand>();
        services.AddSingleton<IChatCommandHandler, DeliveryLogCommand>();
        services.AddSingleton<IChatCommandHandler, ResendFailedCommand>();
        return services;
    }
}
