using MeetingBot.Chat.Commands;
using MeetingBot.Coordination.Opinions;
using MeetingBot.Opinions;

namespace MeetingBot.Chat.Meetings.Opinions;

/// <summary>Registers 征求意见: the public opinion form and its links, and the chat commands of the office and the members.</summary>
public static class OpinionsFeature
{
    public static IServiceCollection AddOpinionsFeature(this IServiceCollection services)
    {
        services.AddSingleton<OpinionLinkStore>();
        services.AddSingleton<OpinionFormToken>();
        services.AddSingleton<OpinionFormLimit>();
        services.AddSingleton<ProblemListFiling>();
        services.AddSingleton<OpinionDecisions>();
        services.AddSingleton<IChatCommandHandler, OpenOpinionsCommand>();
        services.AddSingleton<IChatCommandHandler, CloseOpinionsCommand>();
        services.AddSingleton<IChatCommandHandler, OpinionListCommand>();
        services.AddSingleton<IChatCommandHandler, MyOpinionsCommand>();
        services.AddSingleton<IChatCommandHandler, AnswerOpinionCommand>();
        foreach (var command in (ChatCommand[])[OpinionCommands.Merge, OpinionCommands.Assign, OpinionCommands.Mark])
        {
            services.AddSingleton<IChatCommandHandler>(sp => ActivatorUtilities.CreateInstance<SortOpinionCommand>(sp, command));
        }

        foreach (var (command, source) in new[]
        {
            (OpinionCommands.RecordSuperior, OpinionSource.Superior),
            (OpinionCommands.RecordCollective, OpinionSource.Collective),
            (OpinionCommands.RecordMasses, OpinionSource.Masses),
        })
        {
            services.AddSingleton<IChatCommandHandler>(sp => ActivatorUtilities.CreateInstance<RecordOpinionCommand>(sp, command, source));
        }

        return services;
    }

    public static WebApplication MapOpinionForm(this WebApplication app)
    {
        OpinionFormPage.Map(app);
        return app;
    }
}
