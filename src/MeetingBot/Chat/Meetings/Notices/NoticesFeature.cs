using MeetingBot.Chat.Commands;

namespace MeetingBot.Chat.Meetings.Notices;

/// <summary>Registers 通知: the secretary's or the lead's notice to everyone else in the meeting.</summary>
public static class NoticesFeature
{
    public static IServiceCollection AddNoticesFeature(this IServiceCollection services) =>
        services.AddSingleton<IChatCommandHandler, NoticeToAllCommand>();
}
