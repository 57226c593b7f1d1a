using MeetingBot.BotFramework.Dialogs;
using MeetingBot.Chat.Commands;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>Registers the setup feature: its commands, its dialogs and the services they share.</summary>
public static class MeetingSetupFeature
{
    public static IServiceCollection AddMeetingSetupFeature(this IServiceCollection services)
    {
        services.AddSingleton<Organisers>();
        services.AddSingleton<ConversationRoster>();
        services.AddSingleton<PrivateFlowStart>();
        services.AddSingleton<MeetingAnnouncer>();
        services.AddSingleton<MeetingUpdates>();
        services.AddSingleton<Dialog, NewMeetingDialog>();
        services.AddSingleton<IChatCommandHandler, NewMeetingCommand>();
        services.AddSingleton<IChatCommandHandler, RescheduleCommand>();
        services.AddSingleton<IChatCommandHandler, ChangePlaceCommand>();
        services.AddSingleton<MeetingMovedNotices>();
        services.AddSingleton<IChatCommandHandler, CancelMeetingCommand>();
        services.AddSingleton<IChatCommandHandler, AddMemberCommand>();
        services.AddSingleton<IChatCommandHandler, RemoveMemberCommand>();
        services.AddSingleton<IChatCommandHandler, ChangeRolesCommand>();
        services.AddSingleton<IChatCommandHandler, TransferLeadCommand>();
        services.AddSingleton<IChatCommandHandler, TalkPlanCommand>();
        services.AddSingleton<IChatCommandHandler, AuditCommand>();
        return services;
    }
}
