using MeetingBot.Chat.Commands;

namespace MeetingBot.Chat.Meetings.Minutes;

/// <summary>Registers the meeting itself: run sheet, minutes and marking it held. Finds its meeting with <see cref="Meetings.Switching.MeetingResolver"/>.</summary>
public static class MinutesFeature
{
    public static IServiceCollection AddMinutesFeature(this IServiceCollection services)
    {
        services.AddSingleton<IChatCommandHandler, RunSheetCommand>();
        services.AddSingleton<IChatCommandHandler, RecordMinutesCommand>();
        services.AddSingleton<IChatCommandHandler, MeetingHeldCommand>();
        return services;
    }
}
