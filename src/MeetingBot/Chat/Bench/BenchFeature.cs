using MeetingBot.BotFramework.Dialogs;
using MeetingBot.Chat.Commands;

namespace MeetingBot.Chat.Bench;

/// <summary>Registers the benchmark's reference dialog when section <c>Bench</c> turns it on (never by default).</summary>
public static class BenchFeature
{
    public static IServiceCollection AddBenchDialog(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(BenchOptions.SectionName);
        services.AddOptions<BenchOptions>().Bind(section).ValidateOnStart();
        if (section.Get<BenchOptions>() is { Dialog: true })
        {
            services.AddSingleton<Dialog, BenchDialog>();
            services.AddSingleton<IChatCommandHandler, BenchCommand>();
        }

        return services;
    }
}
