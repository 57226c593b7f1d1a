using MeetingBot.BotFramework.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.BotFramework.Diagnostics;

public static class StorageObservation
{
    /// <summary>
    /// Wraps the registered <see cref="IStorage"/>, whichever provider it is, in <see cref="ObservedStorage"/> so
    /// conflicts are counted in one place. Call after the provider is registered.
    /// </summary>
    public static IServiceCollection ObserveStorage(this IServiceCollection services)
    {
        var provider = services.LastOrDefault(d => d.ServiceType == typeof(IStorage) && !d.IsKeyedService)
            ?? throw new InvalidOperationException("Register an IStorage before observing it.");
        services.Remove(provider);
        services.AddSingleton<IStorage>(sp => new ObservedStorage(Inner(sp, provider), sp.GetRequiredService<BotTelemetry>()));
        return services;
    }

    private static IStorage Inner(IServiceProvider sp, ServiceDescriptor provider) => (IStorage)(
        provider.ImplementationInstance
        ?? provider.ImplementationFactory?.Invoke(sp)
        ?? ActivatorUtilities.CreateInstance(sp, provider.ImplementationType!));
}
