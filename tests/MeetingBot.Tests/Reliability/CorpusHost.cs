using System.Text.Json.Nodes;
using MeetingBot.Tests.Hosting;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.Tests.Reliability;

/// <summary>
/// The service in process (Development, authentication off, in-memory storage) and a fake channel on loopback that
/// records whatever the bot sends through the connector (cases that drop <c>expectReplies</c> are answered there).
/// </summary>
public sealed class CorpusHost : IAsyncLifetime
{
    public MeetingBotFactory Factory { get; } = new();

    public LoopbackServer Channel { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Channel = await LoopbackServer.StartAsync(context =>
            context.Response.WriteAsJsonAsync(new JsonObject { ["id"] = "sent-" + Guid.NewGuid().ToString("N") }));

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Channel.DisposeAsync();
    }
}
