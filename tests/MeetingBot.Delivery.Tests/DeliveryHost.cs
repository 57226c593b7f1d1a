using MeetingBot.BotFramework.Storage;
using MeetingBot.BotFramework.Tests.Loopback;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Delivery.Tests;

/// <summary>The protocol layer and delivery, wired as the service wires them, from a configuration the test gives.</summary>
public static class DeliveryHost
{
    public static ServiceProvider Build(IDictionary<string, string?> settings, IStorage? storage = null) =>
        BotFrameworkHost.Build(settings, storage: storage,
            configure: services => services.AddDelivery(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()));
}
