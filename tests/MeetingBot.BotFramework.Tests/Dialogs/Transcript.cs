using System.Text;
using System.Text.Json;
using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;
using MeetingBot.BotFramework.Tests.Loopback;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.BotFramework.Tests.Dialogs;

/// <summary>
/// Drives a bot through the real adapter and pipeline (state commit included) with <c>expectReplies</c>, so a test
/// reads as a transcript: send a line, get the bot's lines back.
/// </summary>
public sealed class Transcript : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly IBot _bot;

    public Transcript(Func<IServiceProvider, IBot> bot, IStorage? storage = null)
    {
        _services = BotFrameworkHost.Build(new Dictionary<string, string?>(), storage: storage);
        _bot = bot(_services);
    }

    public IServiceProvider Services => _services;

    public string Locale { get; set; } = "en-US";

    public async Task<IReadOnlyList<Activity>> SendActivityAsync(Activity activity)
    {
        activity.Type ??= ActivityTypes.Message;
        activity.Id ??= Guid.NewGuid().ToString("N");
        activity.ChannelId ??= Channels.DirectLine;
        activity.ServiceUrl ??= "http://127.0.0.1:9";
        activity.From ??= new ChannelAccount("user-1", "张三");
        activity.Recipient ??= new ChannelAccount("bot", "MeetingBot");
        activity.Conversation ??= new ConversationAccount("conversation-1");
        activity.Locale ??= Locale;
        activity.DeliveryMode = DeliveryModes.ExpectReplies;

        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(activity, BotJson.Options)));
        var response = new MemoryStream();
        context.Response.Body = response;
        await _services.GetRequiredService<CloudAdapter>().ProcessAsync(context.Request, context.Response, _bot, CancellationToken.None);
        var replies = JsonSerializer.Deserialize<ExpectedReplies>(response.ToArray(), BotJson.Options);
        return replies?.Activities ?? [];
    }

    /// <summary>Sends <paramref name="text"/> and returns the texts of the replies.</summary>
    public async Task<IReadOnlyList<string>> SendAsync(string text) =>
        (await SendActivityAsync(new Activity { Text = text })).Select(a => a.Text ?? string.Empty).ToList();

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();
}
