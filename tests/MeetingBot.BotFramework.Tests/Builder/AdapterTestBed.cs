using System.Text;
using System.Text.Json;
using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Tests.Loopback;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.BotFramework.Tests.Builder;

/// <summary>The adapter as the service wires it, with a loopback channel receiving whatever the bot sends.</summary>
public sealed class AdapterTestBed : IAsyncDisposable
{
    private AdapterTestBed(LoopbackServer channel, ServiceProvider services)
    {
        Channel = channel;
        Services = services;
    }

    public LoopbackServer Channel { get; }
    public ServiceProvider Services { get; }
    public CloudAdapter Adapter => Services.GetRequiredService<CloudAdapter>();
    public RecordingTurnErrorHandler Errors => (RecordingTurnErrorHandler)Services.GetRequiredService<ITurnErrorHandler>();

    public static async Task<AdapterTestBed> StartAsync(Func<HttpContext, Task>? channel = null)
    {
        var server = await LoopbackServer.StartAsync(channel ?? (c => c.Response.WriteAsync("{\"id\":\"sent\"}")));
        var services = BotFrameworkHost.Build(new Dictionary<string, string?> { ["Connector:RetryBaseDelay"] = "00:00:00.010" });
        return new AdapterTestBed(server, services);
    }

    public Activity Message(string text, string conversationId = "a:personal", string? id = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = id ?? Guid.NewGuid().ToString("N"),
        Text = text,
        ChannelId = Channels.MsTeams,
        ServiceUrl = Channel.BaseUrl,
        From = new ChannelAccount("29:member", "张三"),
        Recipient = new ChannelAccount("28:bot", "MeetingBot"),
        Conversation = new ConversationAccount(conversationId, conversationType: "personal", tenantId: "t-1"),
        Locale = "zh-CN",
    };

    public async Task<(int Status, string Body)> PostAsync(Activity activity, IBot bot)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(activity, BotJson.Options)));
        var response = new MemoryStream();
        context.Response.Body = response;
        await Adapter.ProcessAsync(context.Request, context.Response, bot, CancellationToken.None);
        return (context.Response.StatusCode, Encoding.UTF8.GetString(response.ToArray()));
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Channel.DisposeAsync();
    }
}

/// <summary>A bot whose whole turn is the test's lambda.</summary>
public sealed class LambdaBot(Func<ITurnContext, CancellationToken, Task> turn) : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) => turn(turnContext, cancellationToken);
}
