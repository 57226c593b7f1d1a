using MeetingBot.BotFramework.Dialogs;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Chat.Meetings.Submissions;
using MeetingBot.Documents.Links;
using MeetingBot.Meetings.Documents;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>Registers reviews, the collective material, status, my tasks and confirmation: one call from hosting.</summary>
public static class ReviewsFeature
{
    public static IServiceCollection AddReviewsFeature(this IServiceCollection services)
    {
        services.AddSingleton<ReviewDecisions>();
        services.AddSingleton<ReviewItemLinks>();
        services.AddSingleton<IDocumentGrantCheck, SubmissionDocumentReaders>();
        services.AddSingleton<ReviewRequests>();
        services.AddSingleton<ReviewReferenceIssuer>();
        services.AddSingleton<IHandInFollower, ReviewHandIn>();
        services.AddSingleton<ReviewListings>();
        services.AddSingleton<ReviewByReference>();
        services.AddSingleton<IChatCommandHandler, ReviewsCommand>();
        services.AddSingleton<IChatCommandHandler, ApproveCommand>();
        services.AddSingleton<IChatCommandHandler, ApproveAllCommand>();
        services.AddSingleton<IChatCommandHandler, ReturnCommand>();
        services.AddSingleton<IChatCommandHandler, WithdrawCommand>();
        services.AddSingleton<IChatCommandHandler, HandOnCommand>();
        services.AddSingleton<IChatCommandHandler, SeatSuperiorCommand>();
        services.AddSingleton<ICardActionHandler, ReviewCardActions>();
        services.AddSingleton<CollectiveMaterialSteps>();
        services.AddSingleton<CollectiveReviewSteps>();
        services.AddSingleton<CollectiveMaterialView>();
        services.AddSingleton<IChatCommandHandler, CollectiveMaterialCommand>();
        services.AddSingleton<Dialog, CollectiveMaterialDraftDialog>();
        services.AddSingleton<IChatCommandHandler, CirculateCommand>();
        services.AddSingleton<IChatCommandHandler, FinaliseCommand>();
        services.AddSingleton<IChatCommandHandler, CommentCommand>();
        services.AddSingleton<IChatCommandHandler, NoCommentCommand>();
        services.AddSingleton<IChatCommandHandler, StatusCommand>();
        services.AddSingleton<IChatCommandHandler, WhenWhereCommand>();
        services.AddSingleton<IChatCommandHandler, MyTasksCommand>();
        services.AddSingleton<IChatCommandHandler, ConfirmMeetingCommand>();
        return services;
    }
}
