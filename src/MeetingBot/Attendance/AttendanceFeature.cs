using MeetingBot.Chat.Commands;

namespace MeetingBot.Attendance;

/// <summary>Sign-in on the meeting day (签到): personal links and QR codes, the printable sheet, and the office's record of leave (请假).</summary>
public static class AttendanceFeature
{
    public static IServiceCollection AddAttendance(this IServiceCollection services)
    {
        services.AddSingleton<SignInTokens>();
        services.AddSingleton<SignInLinks>();
        services.AddSingleton<IChatCommandHandler, SignInLinkCommand>();
        services.AddSingleton<IChatCommandHandler, SignInSheetCommand>();
        services.AddSingleton<IChatCommandHandler, ExcuseCommand>();
        return services;
    }

    public static WebApplication MapAttendance(this WebApplication app)
    {
        SignInPage.Map(app);
        return app;
    }
}
