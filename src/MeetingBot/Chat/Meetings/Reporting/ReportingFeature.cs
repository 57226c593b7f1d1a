using MeetingBot.Chat.Commands;

namespace MeetingBot.Chat.Meetings.Reporting;

/// <summary>Registers the special report: view and hand in, the supervisors' review, and recording where it went.</summary>
public static class ReportingFeature
{
    public static IServiceCollection AddReportingFeature(this IServiceCollection services)
    {
        services.AddSingleton<IChatCommandHandler, ReportCommand>();
        services.AddSingleton<IChatCommandHandler, ReviewReportCommand>();
        services.AddSingleton<IChatCommandHandler, RecordSubmissionCommand>();
        return services;
    }
}
