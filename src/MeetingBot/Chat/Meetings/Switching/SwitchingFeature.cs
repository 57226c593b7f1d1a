using MeetingBot.BotFramework.Dialogs;
using MeetingBot.Chat.Commands;

namespace MeetingBot.Chat.Meetings.Switching;

/// <summary>Registers the one resolver of the current meeting and 切换会议.</summary>
public static class SwitchingFeature
{
    public static IServiceCollection AddMeetingSwitching(this IServiceCollection services)
    {
        services.AddSingleton<MeetingResolver>();
        services.AddSingleton<Dialog, SwitchMeetingDialog>();
        services.AddSingleton<IChatCommandHandler, SwitchMeetingCommand>();
        return services;
    }
}
