using MeetingBot.BotFramework.Storage;
using MeetingBot.Chat.Meetings.Submissions;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Talks;
using MeetingBot.Localization;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Chat.Meetings;
using MeetingBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Chat.Meetings.Questions;

/// <summary>
/// The lead has a talk record to confirm and then asks to approve an outline: his next 确认 answers the approval
/// waiting for confirmation, not the talk; the 确认 after that answers the talk.
/// </summary>
public sealed class PendingConfirmationFirstTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private readonly MeetingTestBed _bed = new(factory);

    [Fact]
    public async Task AConfirmationWaiting_IsAnsweredBeforeTheOpenQuestion()
    {
        await using var channel = await _bed.PersonalChatsOnAFakeChannelAsync(_bed.Lead);
        using var client = factory.CreateClient();
        await _bed.CreateAsync();
        await _bed.SayAsync(client, _bed.Li, "提交 谈话 @迟永生");
        foreach (var answer in new[] { "今天", "要多听取群众意见", "要带头改进作风", "互相提醒", "是" })
        {
            await _bed.SayAsync(client, _bed.Li, answer);
        }

        Assert.Contains(SubmissionTexts.TalkPartnerNotified.In(UserLocale.ZhCn, "迟永生"), MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Li, "提交")), StringComparison.Ordinal);
        var outline = await _bed.SubmitOutlineAsync(_bed.Zhang, _bed.Liu);

        await _bed.SayConfirmedAsync(client, _bed.Lead, "批准 提纲1");

        Assert.Equal(SubmissionState.Approved, (await _bed.Repository.GetAsync<Submission>(null, outline.Id, CancellationToken.None))!.State);
        Assert.Equal(TalkState.Recorded, (await TalkAsync()).State);

        Assert.Equal(SubmissionTexts.TalkConfirmed.In(UserLocale.ZhCn, "李敏"), MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Lead, "确认")));
        Assert.Equal(TalkState.Confirmed, (await TalkAsync()).State);
    }

    private async Task<TalkRecord> TalkAsync() =>
        (await factory.Services.GetRequiredService<IStorage>().ReadAsync<TalkRecord>(DocumentKeys.Of(DocumentId.TalkRecord(_bed.MeetingId, TalkPairKey.Of(_bed.Li.UserId, _bed.Lead.UserId)))))!.Value;
}
