using MeetingBot.Coordination.Meetings;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Chat.Meetings.ReminderTools;

/// <summary>
/// The service with quick connector retries (one retry, 10 ms apart) so injected failures settle fast, and the
/// stall watch's own timer out of the way (tests call it). People's 1:1 chats point at a loopback fake channel.
/// </summary>
public sealed class ReminderToolsHost : IDisposable
{
    public MeetingBotFactory Factory { get; } = MeetingBotFactory.In("Development", new()
    {
        ["MicrosoftAppId"] = "",
        ["MicrosoftAppPassword"] = "",
        ["Connector:RetryBaseDelay"] = "00:00:00.010",
        ["Connector:MaxRetryAttempts"] = "1",
        ["FanOutProgress:CheckEvery"] = "01:00:00",
        ["FanOutProgress:StallAfter"] = "00:01:00",
    });

    /// <summary>The requests that reached <paramref name="person"/>'s 1:1 chat.</summary>
    public static RecordedRequest[] To(LoopbackServer channel, Actor person) =>
        [.. channel.Requests.Where(r => r.PathAndQuery.Contains($"personal-chat-{person.UserId}/", StringComparison.Ordinal))];

    public void Dispose() => Factory.Dispose();
}
