using MeetingBot.Attendance;
using MeetingBot.Board;
using MeetingBot.BotFramework;
using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Diagnostics;
using MeetingBot.DingTalk;
using MeetingBot.WeCom;
using MeetingBot.Chat;
using MeetingBot.Chat.Bench;
using MeetingBot.Chat.Confirmations;
using MeetingBot.Chat.Meetings.Deadlines;
using MeetingBot.Chat.Meetings.Questions;
using MeetingBot.Chat.Meetings.Minutes;
using MeetingBot.Chat.Meetings.Notices;
using MeetingBot.Chat.Meetings.Opinions;
using MeetingBot.Chat.Meetings.Rectification;
using MeetingBot.Chat.Meetings.ReminderTools;
using MeetingBot.Chat.Meetings.Reporting;
using MeetingBot.Chat.Meetings.Reviews;
using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Chat.Meetings.Submissions;
using MeetingBot.Chat.Meetings.Switching;
using MeetingBot.Coordination.Templates;
using MeetingBot.Delivery;
using MeetingBot.Documents;
using MeetingBot.Documents.Links;
using MeetingBot.Localization;
using MeetingBot.Overview;
using MeetingBot.Meetings.Storage;
using MeetingBot.Meetings.Templates;
using MeetingBot.People;
using MeetingBot.Storage;
using MeetingBot.Storage.Documents;
using MeetingBot.WebChannel;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace MeetingBot.Hosting;

public static class MeetingBotHosting
{
    public const string ReadyTag = "ready";

    private const string Liveness = "/healthz";

    private const string Messages = "/api/messages";

    public static WebApplicationBuilder AddMeetingBot(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddBotFramework(builder.Configuration);
        services.AddDelivery(builder.Configuration);
        services.AddMeetingBotStorage(builder.Configuration);
        services.ObserveStorage();
        services.AddMeetingBotDocuments(builder.Configuration);
        services.AddMeetingBotUploads(builder.Configuration);
        services.AddDocumentLinks(builder.Configuration);
        // The turn pipeline, outermost first; this list is its one declaration (docs/architecture.md, "One message turn").
        services.AddTurnPipeline(
        [
            typeof(DirectoryReadyTurns), // the directory's start-up is done (it runs beside the server's start)
            typeof(DirectoryOnlyChannels), // platform users act as their directory person, or are refused before anything is stored
            typeof(BotFramework.Proactive.ConversationReferenceMiddleware), // remember where the user can be reached
            typeof(BotFramework.State.TurnUnitOfWorkMiddleware), // everything below is committed together, replayed on a lost race
            typeof(PreferredLocaleMiddleware), // settle the turn's language before anything answers
        ]);
        services.AddSingleton<Chat.Commands.BotAddress>();
        services.AddConfirmations(builder.Configuration);
        services.AddOpenQuestions();
        services.AddSingleton<Chat.Help.PersonalHelp>();
        services.AddSingleton<IBot, MeetingBotHandler>();
        services.AddOptions<TemplateOptions>().Bind(builder.Configuration.GetSection(TemplateOptions.SectionName));
        services.AddSingleton(sp => TemplateLibraryLoader.Load(sp.GetRequiredService<IOptions<TemplateOptions>>()));
        services.AddSingleton<MeetingRepository>();
        services.AddSingleton<Meetings.Events.MeetingEvents>();
        services.AddSingleton<MeetingDirectory>();
        services.AddPeopleDirectory(builder.Configuration);
        // Private notices (disclosure, returns, talk records, review requests) are shared by every meeting feature.
        services.AddSingleton<Chat.Meetings.PersonalNotices>();
        services.AddMeetingSwitching();
        services.AddMeetingSetupFeature();
        services.AddNoticesFeature();
        services.AddSubmissionsFeature();
        services.AddSingleton<ITurnErrorHandler, TurnErrorReply>();
        services.AddReviewsFeature();
        services.AddMinutesFeature();
        services.AddReportingFeature();
        services.AddRectificationFeature();
        services.AddBenchDialog(builder.Configuration);
        services.AddPublicBoard();
        services.AddOpinionsFeature();
        services.AddAttendance();
        services.AddOverview();
        services.AddWebChat(builder.Configuration);
        // WeCom (when Channels:WeCom is configured): its API calls' 429s (errcode 45009) pause proactive sends as Teams' do.
        services.AddWeComChannel(builder.Configuration, api => api.AddHttpMessageHandler<Delivery.ThrottleObserverHandler>());
        services.AddReminderToolsFeature(builder.Configuration);
        services.AddDeadlinesFeature(builder.Configuration);
        services.AddDingTalkChannel(builder.Configuration);
        services.AddHostedService<AuthenticationStartupNotice>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: [ReadyTag]);
        return builder;
    }

    public static WebApplication MapMeetingBot(this WebApplication app)
    {
        // Templates are read now, so a broken one stops start-up with its file, line and reason.
        app.Services.GetRequiredService<TemplateLibrary>();
        // First: whatever is served waits for the directory's start-up, which runs while the server starts.
        app.UseDirectoryReadiness(Liveness, Messages);
        app.MapWebChat();
        app.MapWeComChannel();
        app.MapPublicBoard();
        app.MapOpinionForm();
        app.MapAttendance();
        app.MapOverview();
        app.MapPost(Messages, (HttpContext http, CloudAdapter adapter, IBot bot) =>
            adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted));
        // Liveness runs no checks: the process answers. Readiness asks the dependencies.
        app.MapDocumentDownloads();
        app.MapDingTalk();
        app.MapHealthChecks(Liveness, new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) });
        app.MapGet("/", () => Results.Text("MeetingBot is running. Bot Framework endpoint: POST /api/messages"));
        return app;
    }
}
