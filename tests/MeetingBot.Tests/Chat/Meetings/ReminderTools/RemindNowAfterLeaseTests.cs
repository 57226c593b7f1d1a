using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.Chat.Meetings.ReminderTools;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reminders;
using MeetingBot.Coordination.Reminders.Deliveries;
using MeetingBot.Delivery;
using MeetingBot.Delivery.FanOut;
using MeetingBot.Localization;
using MeetingBot.Reminders;
using MeetingBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace MeetingBot.Tests.Chat.Meetings.ReminderTools;

/// <summary>
/// 立即提醒 handled again after the instance that ran it first died mid-run (the channel redelivers the turn): the dead
/// instance's claims are still leased, so those pushes are busy now. The reminder job comes back for them after the
/// lease, as it does for a scheduled reminder's, and gives up after <see cref="AfterLeaseFollowUps.MaxFollowUps"/>.
/// The host runs on a fake clock (Quartz's waits too), so the lease passes at once.
/// </summary>
public sealed class RemindNowAfterLeaseTests : IDisposable
{
    private const string DeadHolder = "killed-instance/4242/0";
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly MeetingBotFactory _factory;

    public RemindNowAfterLeaseTests() => _factory = MeetingBotFactory.WithClock(_clock);

    [Fact]
    public async Task APushClaimedByADeadInstance_IsSentOnceAfterTheLease_AndOneItSettledMeanwhileIsNotSentAgain()
    {
        await using var channel = await LoopbackServer.StartAsync(MeetingTestBed.AnswerSent);
        var (bed, others) = await MeetingWithChatsAsync(channel);
        var request = Request(bed);
        var ledger = _factory.Services.GetRequiredService<DeliveryLedger>();
        var lease = _factory.Services.GetRequiredService<IOptions<FanOutOptions>>().Value.Lease;
        Assert.Equal(ClaimResult.Claimed, await ledger.TryClaimAsync(request.KeyOf(bed.Lead), DeadHolder, lease, CancellationToken.None));
        Assert.Equal(ClaimResult.Claimed, await ledger.TryClaimAsync(request.KeyOf(bed.Liu), DeadHolder, lease, CancellationToken.None));
        using var client = _factory.CreateClient();

        var reply = await SayAsync(client, request);

        // Everyone else who owes and has a 1:1 chat has it now; the two claimed by the dead instance do not.
        Assert.StartsWith(ReminderToolTexts.Sent.In(UserLocale.ZhCn, others.Length), reply, StringComparison.Ordinal);
        Assert.All(others, p => Assert.Single(Reminders(channel, p)));
        Assert.Empty(Reminders(channel, bed.Lead));
        Assert.Empty(Reminders(channel, bed.Liu));
        var followUp = await FollowUpAsync(request, 1);
        var expected = _clock.GetUtcNow() + lease + TimeSpan.FromSeconds(1);
        Assert.InRange(followUp!.StartTimeUtc, expected - TimeSpan.FromSeconds(1), expected);

        // The dead instance's push to 刘洋 had reached the channel and was recorded before it died.
        await ledger.MarkSentAsync(request.KeyOf(bed.Liu), DeadHolder, CancellationToken.None);
        _clock.Advance(lease + TimeSpan.FromSeconds(1));

        await WaitUntilAsync(async () => Reminders(channel, bed.Lead).Length == 1 && await FollowUpAsync(request, 1) is null, "the follow-up sent the lead's reminder");
        Assert.Null(await FollowUpAsync(request, 2));
        Assert.Single(Reminders(channel, bed.Lead));
        Assert.All(others, p => Assert.Single(Reminders(channel, p)));
        Assert.Empty(Reminders(channel, bed.Liu));
        Assert.Equal(DeliveryState.Sent, (await ledger.GetAsync(request.KeyOf(bed.Lead), CancellationToken.None))!.State);
    }

    [Fact]
    public async Task APushAnotherHolderKeepsClaimed_IsFollowedUpAtMostFiveTimes_ThenLeftToTheDeliveryLog()
    {
        await using var channel = await LoopbackServer.StartAsync(MeetingTestBed.AnswerSent);
        var (bed, _) = await MeetingWithChatsAsync(channel);
        var request = Request(bed);
        var ledger = _factory.Services.GetRequiredService<DeliveryLedger>();
        var lease = _factory.Services.GetRequiredService<IOptions<FanOutOptions>>().Value.Lease;
        // A holder that keeps renewing its claim, as far as this instance can tell: longer than every follow-up.
        Assert.Equal(ClaimResult.Claimed, await ledger.TryClaimAsync(request.KeyOf(bed.Lead), DeadHolder, TimeSpan.FromHours(1), CancellationToken.None));
        using var client = _factory.CreateClient();

        await SayAsync(client, request);

        for (var followUp = 1; followUp <= AfterLeaseFollowUps.MaxFollowUps; followUp++)
        {
            Assert.NotNull(await FollowUpAsync(request, followUp));
            _clock.Advance(lease + TimeSpan.FromSeconds(1));
            var next = followUp + 1;
            await WaitUntilAsync(async () => await FollowUpAsync(request, followUp) is null, $"follow-up {followUp} ran");
            Assert.Equal(followUp < AfterLeaseFollowUps.MaxFollowUps, await FollowUpAsync(request, next) is not null);
        }

        var scheduler = await _factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.Empty(await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(AfterLeaseFollowUps.Group)));
        Assert.Empty(Reminders(channel, bed.Lead));
        Assert.Equal(DeliveryState.Claimed, (await ledger.GetAsync(request.KeyOf(bed.Lead), CancellationToken.None))!.State);
    }

    [Fact]
    public async Task TheRedeliveredRequestAndItsFollowUp_ContinueTheDeadInstancesRun_SoTheReminderIsListedOnce()
    {
        await using var channel = await LoopbackServer.StartAsync(MeetingTestBed.AnswerSent);
        var (bed, _) = await MeetingWithChatsAsync(channel);
        var request = Request(bed);
        var ledger = _factory.Services.GetRequiredService<DeliveryLedger>();
        var runs = _factory.Services.GetRequiredService<FanOutRuns>();
        var lease = _factory.Services.GetRequiredService<IOptions<FanOutOptions>>().Value.Lease;
        Assert.Equal(ClaimResult.Claimed, await ledger.TryClaimAsync(request.KeyOf(bed.Lead), DeadHolder, lease, CancellationToken.None));
        // The dead instance had started its run: stored as running, never to move again.
        var dead = FanOutRun.Start("20300101T000000000-deadrun0", bed.MeetingId, request.ReminderKey, [bed.Lead.UserId], _clock.GetUtcNow());
        await runs.CreateAsync(dead, CancellationToken.None);
        using var client = _factory.CreateClient();

        await SayAsync(client, request);

        Assert.Equal([dead.RunId], await RunIdsAsync(runs, bed, request));
        Assert.NotNull(await FollowUpAsync(request, 1));
        _clock.Advance(lease + TimeSpan.FromSeconds(1));
        await WaitUntilAsync(async () => Reminders(channel, bed.Lead).Length == 1 && await FollowUpAsync(request, 1) is null, "the follow-up sent the lead's reminder");

        var run = Assert.Single(await runs.ListAsync(bed.MeetingId, CancellationToken.None), r => r.ReminderKey == request.ReminderKey);
        Assert.Equal((dead.RunId, FanOutRunStatus.Completed, 0), (run.RunId, run.Status, run.Failed));
        Assert.Equal(run.Total, run.Done);
        var progress = await SayAsync(client, Said(bed, "提醒进度"));
        Assert.Equal(ReminderToolTexts.NoRuns.In(UserLocale.ZhCn), progress);
    }

    private static async Task<string[]> RunIdsAsync(FanOutRuns runs, MeetingTestBed bed, RedeliveredRequest request) =>
        [.. (await runs.ListAsync(bed.MeetingId, CancellationToken.None)).Where(r => r.ReminderKey == request.ReminderKey).Select(r => r.RunId)];

    /// <summary>The secretary says <paramref name="text"/> in the meeting's group.</summary>
    private static RedeliveredRequest Said(MeetingTestBed bed, string text)
    {
        var message = ActivityJson.Message("<at>MeetingBot</at> " + text, bed.ChannelId).In("zh-CN").ExpectingReplies();
        message["from"] = new JsonObject { ["id"] = bed.Secretary.UserId, ["name"] = bed.Secretary.Name, ["aadObjectId"] = bed.Secretary.UserId };
        message["conversation"] = new JsonObject { ["id"] = bed.GroupConversation, ["isGroup"] = true, ["conversationType"] = "groupChat" };
        message["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["mentioned"] = message["recipient"]!.DeepClone(), ["text"] = "<at>MeetingBot</at>" });
        return new RedeliveredRequest(message, string.Empty);
    }

    public void Dispose()
    {
        _factory.Dispose();
    }

    /// <summary>
    /// A meeting whose people have a 1:1 chat on <paramref name="channel"/>; the lead and 刘洋 owe something, and so
    /// do the <c>Others</c> (the rest of those with a chat who owe).
    /// </summary>
    private async Task<(MeetingTestBed Bed, Actor[] Others)> MeetingWithChatsAsync(LoopbackServer channel)
    {
        var bed = new MeetingTestBed(_factory);
        await bed.CreateAsync();
        Actor[] chatting = [bed.Secretary, bed.Lead, bed.Li, bed.Zhang, bed.Liu];
        foreach (var person in chatting)
        {
            await bed.RememberPersonalChatAsync(person, channel.BaseUrl);
        }

        var dossier = (await bed.Repository.GetDossierAsync(null, bed.MeetingId, CancellationToken.None))!;
        var owing = OnDemandReminder.Resolve(OnDemandReminder.At(bed.MeetingId, _clock.GetUtcNow()), dossier, bed.Template).Messages
            .Select(m => m.UserId).ToHashSet(StringComparer.Ordinal);
        Assert.Contains(bed.Lead.UserId, owing);
        Assert.Contains(bed.Liu.UserId, owing);
        return (bed, [.. chatting.Where(p => p != bed.Lead && p != bed.Liu && owing.Contains(p.UserId))]);
    }

    /// <summary>
    /// The 立即提醒 activity as the channel delivers it, every time the same (id and timestamp), in the meeting's group;
    /// its reminder key is the request's: its time and its id hashed with the conversation (ActivityOnce.RequestOf).
    /// </summary>
    private RedeliveredRequest Request(MeetingTestBed bed)
    {
        var at = _clock.GetUtcNow();
        var message = ActivityJson.Message("<at>MeetingBot</at> 立即提醒", bed.ChannelId).In("zh-CN").ExpectingReplies();
        message["timestamp"] = at.ToString("O", CultureInfo.InvariantCulture);
        message["from"] = new JsonObject { ["id"] = bed.Secretary.UserId, ["name"] = bed.Secretary.Name, ["aadObjectId"] = bed.Secretary.UserId };
        message["conversation"] = new JsonObject { ["id"] = bed.GroupConversation, ["isGroup"] = true, ["conversationType"] = "groupChat" };
        message["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["mentioned"] = message["recipient"]!.DeepClone(), ["text"] = "<at>MeetingBot</at>" });
        var id = message["id"]!.GetValue<string>();
        var requestId = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{bed.ChannelId}\n{bed.GroupConversation}\n{id}")))[..12];
        return new RedeliveredRequest(message, OnDemandReminder.At(bed.MeetingId, at, requestId).Key);
    }

    private static async Task<string> SayAsync(HttpClient client, RedeliveredRequest request)
    {
        using var response = await client.PostActivityAsync(request.Activity.DeepClone());
        return MeetingTestBed.Texts(await response.ReadRepliesAsync());
    }

    private async Task<ITrigger?> FollowUpAsync(RedeliveredRequest request, int followUp)
    {
        var scheduler = await _factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        return await scheduler.GetTrigger(new TriggerKey($"{request.ReminderKey}/after-lease/{followUp}", AfterLeaseFollowUps.Group));
    }

    /// <summary>The 立即提醒 pushes that reached the person's 1:1 chat.</summary>
    private static RecordedRequest[] Reminders(LoopbackServer channel, Actor person) =>
        [.. channel.Requests.Where(r => Uri.UnescapeDataString(r.PathAndQuery).Contains($"personal-chat-{person.UserId}/", StringComparison.Ordinal)
            && r.Body.Contains("您还有以下事项未完成", StringComparison.Ordinal))];

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, $"Waited for: {what}");
            await Task.Delay(50);
        }
    }

    private sealed record RedeliveredRequest(JsonObject Activity, string ReminderKey)
    {
        public string KeyOf(Actor person) => DeliveryEntry.KeyOf(ReminderKey, person.UserId);
    }
}
