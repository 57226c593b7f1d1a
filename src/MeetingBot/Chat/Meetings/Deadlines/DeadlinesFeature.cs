using MeetingBot.Chat.Commands;

namespace MeetingBot.Chat.Meetings.Deadlines;

/// <summary>Registers the deadline commands: moving one deadline and nudging (催办), with the nudge limit's options.</summary>
public static class DeadlinesFeature
{
    public static IServiceCollection AddDeadlinesFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NudgeOptions>().Bind(configuration.GetSection(NudgeOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IChatCommandHandler, MoveDeadlineCommand>();
        services.AddSingleton<IChatCommandHandler, NudgeCommand>();
        return services;
    }
}
