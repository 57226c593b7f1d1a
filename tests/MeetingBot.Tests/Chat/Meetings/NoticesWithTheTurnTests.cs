using System.Collections.Concurrent;
using System.Security.Claims;
using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Connector;
using MeetingBot.Delivery;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;
using MeetingBot.BotFramework.State;
using MeetingBot.Chat.Meetings;
using MeetingBot.Chat.Meetings.Submissions;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Localization;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Chat.Meetings.Submissions;
using MeetingBot.Tests.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MeetingBot.Tests.Chat.Meetings;

/// <summary>
/// A notice to someone else is part of the turn that caused it: it leaves only after the turn's state is saved, a
/// replayed turn neither repeats nor loses it (nor the submission behind it), a turn that cannot save sends none, and
/// the delivery ledger keeps a notice from going twice.
/// </summary>
public sealed class NoticesWithTheTurnTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private readonly ConcurrentQueue<(string Path, string Body)> _sent = new();
    private readonly RacingStateStorage _storage = new();

    // On a storage that commits a turn's writes together (SQLite, PostgreSQL) and on one that cannot (Azure Blob).
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ASubmitTurnReplayedAfterAStateConflict_SubmitsOnce_AndTheLeadGetsExactlyOneCard(bool allOrNone)
    {
        _storage.AllOrNone = allOrNone;
        using var host = Host();
        var (seeded, member) = await ReadyToSubmitAsync(host);
        using var client = host.CreateClient();
        _storage.Races = key => key.StartsWith("state/private/", StringComparison.Ordinal) && key.EndsWith("/" + member, StringComparison.Ordinal);
        _storage.TimesToWin = 1;

        var replies = await seeded.SayAsync(client, member, "提交");

        Assert.Equal(1, _storage.Won);
        Assert.Equal([SubmissionTexts.Submitted.In(UserLocale.ZhCn, 1)], replies);
        var submission = (await _storage.ReadAsync<Submission>(DocumentKeys.Of(DocumentId.Submission(seeded.Meeting.Id, "self-examination", member, null))))!.Value;
        Assert.Single(submission.Versions);
        Assert.Single(_sent, s => s.Path.Contains($"-dm-{seeded.Lead}", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ATurnWhoseStateCannotBeSaved_SendsNoNotice(bool allOrNone)
    {
        _storage.AllOrNone = allOrNone;
        using var host = Host();
        var (seeded, member) = await ReadyToSubmitAsync(host);
        using var client = host.CreateClient();
        _storage.Races = key => key.StartsWith("state/private/", StringComparison.Ordinal) && key.EndsWith("/" + member, StringComparison.Ordinal);
        _storage.TimesToWin = TurnUnitOfWork.MaxRuns;

        var replies = await seeded.SayAsync(client, member, "提交");

        Assert.Equal(TurnUnitOfWork.MaxRuns, _storage.Won);
        Assert.DoesNotContain(SubmissionTexts.Submitted.In(UserLocale.ZhCn, 1), replies);
        Assert.DoesNotContain(_sent, s => s.Path.Contains($"-dm-{seeded.Lead}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheSameNoticeSentTwice_IsDeliveredOnce_AndRecordedInTheLedger()
    {
        using var host = Host();
        var seeded = await SeededMeeting.CreateAsync(host);
        using var client = host.CreateClient();
        await seeded.SayAsync(client, seeded.Lead, "帮助");
        var notices = host.Services.GetRequiredService<PersonalNotices>();
        var key = NoticeKeys.For(seeded.Meeting.Id, NoticeKeys.Returned, "a-submission", 1, seeded.Lead);
        var notice = PersonalNotice.Text(SeededMeeting.Channel, seeded.Lead, key, _ => "退回通知");
        // A context outside any turn pipeline: nothing to wait for, so the notice goes at once.
        var outside = new TurnContext(new Activity { Type = ActivityTypes.Message }, new UnusedSender(), new ClaimsIdentity(), serviceUrlVerified: false);

        Assert.True(await notices.SendAsync(outside, notice, CancellationToken.None));
        Assert.True(await notices.SendAsync(outside, notice, CancellationToken.None));

        Assert.Single(_sent, s => s.Path.Contains($"-dm-{seeded.Lead}", StringComparison.Ordinal));
        var record = await host.Services.GetRequiredService<DeliveryLedger>().GetAsync(key, CancellationToken.None);
        Assert.Equal(DeliveryState.Sent, record!.State);
    }

    /// <summary>Member 1 has answered every question of his material and is asked to submit; the lead has a 1:1 chat.</summary>
    private static async Task<(SeededMeeting Seeded, string Member)> ReadyToSubmitAsync(WebApplicationFactory<Program> host)
    {
        var seeded = await SeededMeeting.CreateAsync(host);
        using var client = host.CreateClient();
        var member = seeded.Member(1);
        await seeded.SayAsync(client, seeded.Lead, "帮助");
        await seeded.TypeShortMaterialAsync(client, member);

        return (seeded, member);
    }

    private WebApplicationFactory<Program> Host() =>
        factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IStorage>();
            services.AddSingleton<IStorage>(_storage);
            services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new RecordingChannel(_sent));
        }));

    private sealed class UnusedSender : IChannelSender
    {
        public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("A notice must not be sent as a reply.");

        public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("Not used.");

        public Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("Not used.");
    }
}
