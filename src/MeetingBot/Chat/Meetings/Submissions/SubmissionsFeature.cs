using MeetingBot.BotFramework.Dialogs;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Submissions.Forms;
using MeetingBot.Chat.Meetings.Submissions.Revising;

namespace MeetingBot.Chat.Meetings.Submissions;

/// <summary>Wires the submission commands, their dialog and its helpers; the host calls this once.</summary>
public static class SubmissionsFeature
{
    public static IServiceCollection AddSubmissionsFeature(this IServiceCollection services)
    {
        services.AddSingleton<ISubmissionForm, StudyForm>();
        services.AddSingleton<ISubmissionForm, ProblemForm>();
        services.AddSingleton<ISubmissionForm, MaterialForm>();
        services.AddSingleton<ISubmissionForm, OutlineForm>();
        services.AddSingleton<ISubmissionForm, AttendanceForm>();
        services.AddSingleton<ISubmissionForm, ReportUpwardForm>();
        services.AddSingleton<ISubmissionForm, RectificationReviewForm>();
        services.AddSingleton<ISubmissionForm, NotesForm>();
        services.AddSingleton<SubmissionUpdates>();
        services.AddSingleton<MaterialUpload>();
        services.AddSingleton<TalkNotice>();
        services.AddSingleton<TalkAnswerNotice>();
        services.AddSingleton<TalkSubmission>();
        services.AddSingleton<SubmissionStarter>();
        services.AddSingleton<Dialog, SubmissionDialog>();
        services.AddSingleton<IChatCommandHandler, SubmitCommand>();
        services.AddSingleton<IChatCommandHandler, ResumeCommand>();
        services.AddSingleton<IChatCommandHandler, MySubmissionsCommand>();
        services.AddSingleton<RevisionView>();
        services.AddSingleton<RevisionStarter>();
        services.AddSingleton<Dialog, RevisionDialog>();
        services.AddSingleton<IChatCommandHandler, ReviseCommand>();
        services.AddSingleton<IChatCommandHandler>(sp => ActivatorUtilities.CreateInstance<TalkAnswerCommand>(sp, true));
        services.AddSingleton<IChatCommandHandler>(sp => ActivatorUtilities.CreateInstance<TalkAnswerCommand>(sp, false));
        return services;
    }
}
