using MeetingBot.Chat.Commands;

namespace MeetingBot.Chat.Meetings.Minutes;

/// <summary>Registers the meeting itself: run sheet, minutes and marking it held. Needs the reviews feature's <c>CurrentMeeting</c>.</summary>
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
