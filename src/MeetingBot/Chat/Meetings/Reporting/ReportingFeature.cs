using MeetingBot.Chat.Commands;
using MeetingBot.Documents.Links;
using MeetingBot.Meetings.Documents;

namespace MeetingBot.Chat.Meetings.Reporting;

/// <summary>Registers the special report: view and hand in, the supervisors' review, and recording where it went; the report's files and the ledger.</summary>
public static class ReportingFeature
{
    public static IServiceCollection AddReportingFeature(this IServiceCollection services)
    {
        services.AddSingleton<ReportFiles>();
        services.AddSingleton<IDocumentGrantCheck, MeetingFileReaders>();
        services.AddSingleton<IChatCommandHandler, ReportCommand>();
        services.AddSingleton<IChatCommandHandler, EditReportCommand>();
        services.AddSingleton<IChatCommandHandler, ReviewReportCommand>();
        services.AddSingleton<IChatCommandHandler, LedgerCommand>();
        services.AddSingleton<IChatCommandHandler, RecordSubmissionCommand>();
        services.AddSingleton<IChatCommandHandler, RecordBriefingCommand>();
        return services;
    }
}
