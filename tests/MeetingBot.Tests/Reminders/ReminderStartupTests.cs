using MeetingBot.BotFramework.Diagnostics;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Reminders;
using MeetingBot.Tests.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace MeetingBot.Tests.Reminders;

/// <summary>
/// The reminder start-up pass (rebuilding every active meeting's triggers: minutes with many meetings) runs after the
/// service answers, beside the first turns: a person's first message does not wait for it, and the pass still ends.
/// </summary>
public sealed class ReminderStartupTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ServiceAnswersATurn_WhileTheStartUpPassIsStillRunning_AndThePassThenEnds()
    {
        // The pass's first read (is the index of active meetings built?) is held until the turn has been answered.
        var storage = new HeldStorage(ActiveMeetings.BuiltKey);
        await using var factory = new MeetingBotFactory();
        var host = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IStorage>();
            services.AddSingleton<IStorage>(storage);
            services.ObserveStorage();
        }));
        try
        {
            // A pass run before the server starts would hold the host's start on the held read: this times out.
            using var client = await Task.Run(host.CreateClient).WaitAsync(Patience);
            await storage.Reached.WaitAsync(Patience);
            var startup = host.Services.GetServices<IHostedService>().OfType<ReminderStartup>().Single();

            using var response = await client.PostActivityAsync(ActivityJson.Message("help").ExpectingReplies());

            Assert.NotEmpty(await response.ReadRepliesAsync());
            Assert.False(startup.ExecuteTask!.IsCompleted, "the start-up pass was still held while the turn was answered");
            storage.Release();
            await startup.ExecuteTask.WaitAsync(Patience);
            Assert.True(await host.Services.GetRequiredService<ActiveMeetings>().IsBuiltAsync(CancellationToken.None));
        }
        finally
        {
            // Whatever failed, the held read lets go, so the host can stop.
            storage.Release();
        }
    }
}
