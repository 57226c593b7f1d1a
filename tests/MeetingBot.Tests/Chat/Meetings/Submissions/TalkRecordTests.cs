using MeetingBot.BotFramework.Storage;
using MeetingBot.Chat.Meetings.Submissions;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Talks;
using MeetingBot.Localization;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Chat.Meetings.Submissions;

/// <summary>A planned talk recorded by one party and confirmed (or disputed) by the other.</summary>
public sealed class TalkRecordTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    [Fact]
    public async Task Talk_RecordedByOneParty_IsConfirmedByTheOther()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var recorder = seeded.Member(1);

        Assert.Contains("张伟", (await seeded.SayAsync(client, recorder, "提交 谈话 @张伟"))[0], StringComparison.Ordinal);
        Assert.Equal([SubmissionTexts.TalkDateInvalid.ZhCn], await seeded.SayAsync(client, recorder, "某天"));
        await seeded.SayAsync(client, recorder, "今天");
        var noDraft = await seeded.SayAsync(client, recorder, "保存草稿");
        Assert.Equal([SubmissionTexts.TalkNoDrafts.ZhCn, SubmissionTexts.TalkMine.ZhCn], noDraft.Take(2));
        await seeded.SayInTurnAsync(client, recorder, "调研要更深入基层", "会议要精简", "互相提醒，共同改进");
        var review = await seeded.SayAsync(client, recorder, "是");
        Assert.Contains("调研要更深入基层", review[0], StringComparison.Ordinal);

        var recorded = await seeded.SayAsync(client, recorder, "提交");
        Assert.Equal(SubmissionTexts.TalkRecorded.In(UserLocale.ZhCn, 1, "张伟"), recorded[0]);
        Assert.Equal(SubmissionTexts.TalkPartnerNotReachable.In(UserLocale.ZhCn, "张伟"), recorded[1]);

        Assert.Equal(["谈话记录由记录人以外的另一方确认，请提醒张伟确认。"], await seeded.SayAsync(client, recorder, "确认谈话 @张伟"));
        Assert.Equal([SubmissionTexts.TalkConfirmed.In(UserLocale.ZhCn, "王芳")], await seeded.SayAsync(client, seeded.Member(2), "确认谈话 @王芳"));

        var record = await seeded.Storage.ReadAsync<TalkRecord>(DocumentKeys.Of(DocumentId.TalkRecord(seeded.Meeting.Id, TalkPairKey.Of(recorder, seeded.Member(2)))));
        Assert.Equal(TalkState.Confirmed, record!.Value.State);
        Assert.True(record.Value.Latest.Notes.DifferencesResolved);
    }

    [Fact]
    public async Task Dispute_NeedsANote_AndIsRecorded()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var recorder = seeded.Member(3);
        await seeded.SayAsync(client, recorder, "提交 谈话 @王芳");
        await seeded.SayInTurnAsync(client, recorder, "2026-11-20", "要多听意见", "要多调研", "无", "否");

        await seeded.SayAsync(client, recorder, "提交");

        Assert.Equal([SubmissionTexts.DisputeNoteRequired.ZhCn], await seeded.SayAsync(client, seeded.Member(1), "异议 @刘洋"));
        Assert.Equal([SubmissionTexts.TalkDisputed.In(UserLocale.ZhCn, "刘洋")], await seeded.SayAsync(client, seeded.Member(1), "异议 @刘洋 我没有说过这些"));
        var record = await seeded.Storage.ReadAsync<TalkRecord>(DocumentKeys.Of(DocumentId.TalkRecord(seeded.Meeting.Id, TalkPairKey.Of(recorder, seeded.Member(1)))));
        Assert.Equal(TalkState.Disputed, record!.Value.State);
        Assert.Equal(new DateOnly(2026, 11, 20), record.Value.Latest.Notes.HeldOn);
    }
}
