using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Tests.Loopback;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.BotFramework.Tests.Connector;

/// <summary>A fake channel on loopback answering from a script, and the connector wired as in the service.</summary>
public sealed class ConnectorTestBed : IAsyncDisposable
{
    private ConnectorTestBed(LoopbackServer channel, ServiceProvider services)
    {
        Channel = channel;
        Services = services;
    }

    public LoopbackServer Channel { get; }
    public ServiceProvider Services { get; }

    public static async Task<ConnectorTestBed> StartAsync(Func<Microsoft.AspNetCore.Http.HttpContext, int, Task> script, Dictionary<string, string?>? settings = null)
    {
        var calls = 0;
        var channel = await LoopbackServer.StartAsync(context => script(context, Interlocked.Increment(ref calls)));
        var all = new Dictionary<string, string?>
        {
            ["Connector:RetryBaseDelay"] = "00:00:00.010",
            ["Connector:AttemptTimeout"] = "00:00:03", // generous: CI runs test assemblies side by side on two cores
            ["Connector:TotalTimeout"] = "00:00:20",
            ["Connector:MaxRetryAttempts"] = "3",
        };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        return new ConnectorTestBed(channel, BotFrameworkHost.Build(all));
    }

    public ConnectorClient Client(string? path = null) =>
        Services.GetRequiredService<ConnectorClientFactory>().Create(Channel.BaseUrl + (path ?? string.Empty));

    public static Activity Message(string conversationId = "a:conversation") =>
        new() { Type = ActivityTypes.Message, Text = "提醒", Conversation = new ConversationAccount(conversationId) };

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Channel.DisposeAsync();
    }
}
