using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Chat.Confirmations;
using MeetingBot.Chat.Meetings.Submissions;
using MeetingBot.Chat.Meetings.Questions;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Talks;
using MeetingBot.Localization;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Chat.Meetings.Submissions;
using MeetingBot.Tests.Hosting;
using MeetingBot.Testing.Loopback;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Chat.Meetings.Questions;

/// <summary>
/// 王芳 records her talk with 张伟; the bot asks 张伟 in his own chat to confirm it, with buttons; a plain 确认 (or
/// 有异议 and a reason) answers that question. Nobody else's 确认 does, and nothing is answered in a group.
/// </summary>
public sealed class AnswersInContextTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    [Fact]
    public async Task ThePartnerAskedToConfirmATalk_ConfirmsItWithAPlainConfirm()
    {
        var sent = new ConcurrentQueue<(string Path, string Body)>();
        using var host = RecordingChannel.Host(factory, sent);
        using var client = host.CreateClient();
        var (seeded, recorder, partner) = await TalkRecordedAsync(host, client);

        var asked = await PushedAsync(sent, seeded, partner);
        Assert.Contains(OpenQuestionTexts.TalkAnswers.ZhCn, asked["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var buttons = asked["attachments"]![0]!["content"]!["actions"]!.AsArray().Select(a => a!["title"]!.GetValue<string>());
        Assert.Equal(["确认", "有异议"], buttons);

        Assert.Equal([SubmissionTexts.TalkConfirmed.In(UserLocale.ZhCn, "王芳")], await seeded.SayAsync(client, partner, "确认"));
        Assert.Equal(TalkState.Confirmed, (await TalkAsync(seeded, recorder, partner)).State);
        // Answered: the question is closed, so 确认 is once more only the answer to a confirmation (there is none).
        Assert.Equal([ConfirmationTexts.NothingPending.ZhCn], await seeded.SayAsync(client, partner, "确认"));
    }

    [Fact]
    public async Task ADisputeNeedsAReason_AndWithOneTheTalkIsDisputed()
    {
        var sent = new ConcurrentQueue<(string Path, string Body)>();
        using var host = RecordingChannel.Host(factory, sent);
        using var client = host.CreateClient();
        var (seeded, recorder, partner) = await TalkRecordedAsync(host, client);

        Assert.Equal([OpenQuestionTexts.DisputeReasonNeeded.ZhCn], await seeded.SayAsync(client, partner, "有异议"));
        Assert.Equal([SubmissionTexts.TalkDisputed.In(UserLocale.ZhCn, "王芳")], await seeded.SayAsync(client, partner, "有异议：谈话日期不对，那天我在外地"));

        var talk = await TalkAsync(seeded, recorder, partner);
        Assert.Equal(TalkState.Disputed, talk.State);
    }

    [Fact]
    public async Task TheCardsDisputeButtonWithAReason_AnswersTheQuestionOnThatCard_Once()
    {
        var sent = new ConcurrentQueue<(string Path, string Body)>();
        using var host = RecordingChannel.Host(factory, sent);
        using var client = host.CreateClient();
        var (seeded, recorder, partner) = await TalkRecordedAsync(host, client);
        var dispute = (await PushedAsync(sent, seeded, partner))["attachments"]![0]!["content"]!["actions"]!.AsArray()
            .Single(a => a!["title"]!.GetValue<string>() == "有异议")!["data"]!.AsObject();

        JsonObject Pressed()
        {
            var pressed = seeded.Message(partner, string.Empty);
            pressed.Remove("text");
            var value = (JsonObject)dispute.DeepClone();
            value[OpenQuestionCard.ReasonField] = "意见记录不全";
            pressed["value"] = value;
            return pressed;
        }

        Assert.Equal([SubmissionTexts.TalkDisputed.In(UserLocale.ZhCn, "王芳")], await SeededMeeting.SendAsync(client, Pressed()));
        Assert.Equal(TalkState.Disputed, (await TalkAsync(seeded, recorder, partner)).State);
        // The same button pressed again: that question is answered.
        Assert.Equal([OpenQuestionTexts.NoLongerOpen.ZhCn], await SeededMeeting.SendAsync(client, Pressed()));
    }

    [Fact]
    public async Task AConfirmFromSomeoneNotAsked_OrInTheGroup_ConfirmsNothing()
    {
        var sent = new ConcurrentQueue<(string Path, string Body)>();
        using var host = RecordingChannel.Host(factory, sent);
        using var client = host.CreateClient();
        var (seeded, recorder, partner) = await TalkRecordedAsync(host, client);

        Assert.Equal([ConfirmationTexts.NothingPending.ZhCn], await seeded.SayAsync(client, seeded.Member(3), "确认"));
        Assert.Equal([ConfirmationTexts.NothingPending.ZhCn], await seeded.SayAsync(client, recorder, "确认"));
        // In the group a 确认 is never a short answer to a private question.
        await seeded.SayAsync(client, partner, "确认", inGroup: true);

        Assert.Equal(TalkState.Recorded, (await TalkAsync(seeded, recorder, partner)).State);
    }

    [Fact]
    public async Task TwoTalksWaitingForThePartner_AConfirmIsAskedWhichOneItIs()
    {
        var sent = new ConcurrentQueue<(string Path, string Body)>();
        using var host = RecordingChannel.Host(factory, sent);
        using var client = host.CreateClient();
        var (seeded, recorder, partner) = await TalkRecordedAsync(host, client);
        await RecordAsync(seeded, client, seeded.Member(3));

        var which = Assert.Single(await seeded.SayAsync(client, partner, "确认"));

        Assert.StartsWith(OpenQuestionTexts.WhichQuestion.ZhCn[..10], which, StringComparison.Ordinal);
        Assert.Contains("确认谈话 @王芳", which, StringComparison.Ordinal);
        Assert.Contains("确认谈话 @刘洋", which, StringComparison.Ordinal);
        Assert.Equal(TalkState.Recorded, (await TalkAsync(seeded, recorder, partner)).State);
        Assert.Equal([SubmissionTexts.TalkConfirmed.In(UserLocale.ZhCn, "刘洋")], await seeded.SayAsync(client, partner, "确认谈话 @刘洋"));
    }

    /// <summary>王芳 (member 1) records her talk with 张伟 (member 2), who has chatted with the bot before, so he can be asked.</summary>
    private static async Task<(SeededMeeting Seeded, string Recorder, string Partner)> TalkRecordedAsync(WebApplicationFactory<Program> host, HttpClient client)
    {
        var seeded = await SeededMeeting.CreateAsync(host);
        var (recorder, partner) = (seeded.Member(1), seeded.Member(2));
        await seeded.SayAsync(client, partner, "帮助");
        await RecordAsync(seeded, client, recorder);
        return (seeded, recorder, partner);
    }

    /// <summary><paramref name="recorder"/> records a talk with 张伟 (member 2), who is told privately.</summary>
    private static async Task RecordAsync(SeededMeeting seeded, HttpClient client, string recorder)
    {
        await seeded.SayAsync(client, recorder, "提交 谈话 @张伟");
        await seeded.SayInTurnAsync(client, recorder, "今天", "调研要更深入基层", "会议要精简", "互相提醒，共同改进", "是");

        var recorded = await seeded.SayAsync(client, recorder, "提交");
        Assert.Equal(SubmissionTexts.TalkPartnerNotified.In(UserLocale.ZhCn, "张伟"), recorded[^1]);
    }

    private static async Task<TalkRecord> TalkAsync(SeededMeeting seeded, string recorder, string partner) =>
        (await seeded.Storage.ReadAsync<TalkRecord>(DocumentKeys.Of(DocumentId.TalkRecord(seeded.Meeting.Id, TalkPairKey.Of(recorder, partner)))))!.Value;

    private static async Task<JsonNode> PushedAsync(ConcurrentQueue<(string Path, string Body)> sent, SeededMeeting seeded, string userId)
    {
        bool Mine((string Path, string Body) s) => s.Path.Contains($"{seeded.Prefix}-dm-{userId}", StringComparison.Ordinal);
        Assert.True(await Eventually.TrueAsync(() => sent.Any(Mine)));
        return JsonNode.Parse(sent.Single(Mine).Body)!;
    }
}
