namespace MeetingBot.Chat.Confirmations;

public static class ConfirmationsFeature
{
    public static IServiceCollection AddConfirmations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ConfirmationOptions>().Bind(configuration.GetSection(ConfirmationOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ConfirmationStore>();
        services.AddSingleton<ConfirmationGate>();
        return services;
    }
}
