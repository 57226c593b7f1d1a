using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Chat.Meetings.Reviews;
using MeetingBot.Chat.Meetings.Submissions;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Chat.Meetings;
using MeetingBot.Tests.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Chat.Meetings.Submissions;

/// <summary>
/// A submission asked for in a group, by a member who has a 1:1 chat with the bot: the group hears only that it
/// continues privately; the first question goes to the 1:1 chat, where the flow is waiting for the answer.
/// </summary>
public sealed class PrivateContinuationTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    [Fact]
    public async Task StartedInAGroup_TheFlowWaitsInThe1To1Chat_AndTheGroupHearsNoContent()
    {
        var sent = new ConcurrentQueue<(string Path, string Body)>();
        using var host = RecordingChannel.Host(factory, sent);
        var seeded = await SeededMeeting.CreateAsync(host);
        using var client = host.CreateClient();
        var member = seeded.Member(1);
        await seeded.SayAsync(client, member, "帮助");

        var group = await seeded.SayAsync(client, member, "提交 学习", inGroup: true);

        Assert.Equal([SubmissionTexts.GoPrivate.ZhCn], group);
        // The question as text, then as a card (Direct Line renders cards); nothing else was sent anywhere.
        var toPrivate = sent.Where(s => s.Path.Contains($"{seeded.Prefix}-dm-{member}", StringComparison.Ordinal)).ToList();
        Assert.Equal(sent.Count, toPrivate.Count);
        Assert.Contains(SubmissionTexts.StudyMaterials.ZhCn, JsonNode.Parse(toPrivate[0].Body)!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(2, toPrivate.Count);

        var review = await seeded.SayAsync(client, member, "1. 《党章》");
        Assert.Contains(SubmissionTexts.Review.ZhCn, review[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordedTalk_IsSentToThePartnersOwn1To1Chat_ToConfirm()
    {
        var sent = new ConcurrentQueue<(string Path, string Body)>();
        using var host = RecordingChannel.Host(factory, sent);
        var seeded = await SeededMeeting.CreateAsync(host);
        using var client = host.CreateClient();
        var (recorder, partner) = (seeded.Member(1), seeded.Member(2));
        await seeded.SayAsync(client, partner, "帮助");

        await seeded.SayAsync(client, recorder, "提交 谈话 @张伟");
        await seeded.SayInTurnAsync(client, recorder, "今天", "调研要更深入", "会议要精简", "互相提醒", "是");

        var recorded = await seeded.SayAsync(client, recorder, "提交");

        Assert.Equal(SubmissionTexts.TalkPartnerNotified.In(global::MeetingBot.Localization.UserLocale.ZhCn, "张伟"), recorded[1]);
        var notice = Assert.Single(sent);
        Assert.Contains($"{seeded.Prefix}-dm-{partner}", notice.Path, StringComparison.Ordinal);
        var text = JsonNode.Parse(notice.Body)!["text"]!.GetValue<string>();
        Assert.Contains("调研要更深入", text, StringComparison.Ordinal);
        Assert.Contains("确认谈话 @王芳", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmittedItemTheLeadMustApprove_IsPushedToTheLeadPrivatelyAsItsReviewCard_AndItsApproveButtonWorks()
    {
        var sent = new ConcurrentQueue<(string Path, string Body)>();
        using var host = RecordingChannel.Host(factory, sent);
        var seeded = await SeededMeeting.CreateAsync(host);
        using var client = host.CreateClient();
        var member = seeded.Member(1);
        await seeded.SayAsync(client, seeded.Lead, "帮助");

        await seeded.TypeShortMaterialAsync(client, member);

        await seeded.SayAsync(client, member, "提交");

        var toLead = sent.Where(s => s.Path.Contains($"{seeded.Prefix}-dm-{seeded.Lead}", StringComparison.Ordinal)).ToList();
        var pushed = JsonNode.Parse(Assert.Single(toLead).Body)!;
        var card = pushed["attachments"]![0]!;
        Assert.Null(pushed["text"]);
        Assert.Contains(SeededMeeting.MemberName(1) + "提交了", MeetingTestBed.AllStrings(card), StringComparison.Ordinal);
        Assert.Equal("application/vnd.microsoft.card.adaptive", card["contentType"]!.GetValue<string>());
        Assert.Contains("文山会海", card["content"]!.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
        var approve = card["content"]!["actions"]!.AsArray().Single(a => a?["data"]?["verb"]?.GetValue<string>() == ReviewVerbs.Approve)!;
        var key = DocumentId.Submission(seeded.Meeting.Id, "self-examination", member, null);
        Assert.Equal(key.ToString(), approve["data"]![ReviewVerbs.KeyField]!.GetValue<string>());
        var stored = await seeded.Storage.ReadAsync<Submission>(DocumentKeys.Of(key));
        Assert.Equal(stored!.Value.Version, approve["data"]![ReviewVerbs.VersionField]!.GetValue<long>());
        Assert.DoesNotContain(sent, s => s.Path.Contains(seeded.GroupId, StringComparison.Ordinal));

        // The lead presses 批准 on the pushed card: Action.Submit posts its data back as a message.
        var press = seeded.Message(seeded.Lead, string.Empty);
        press.Remove("text");
        press["value"] = approve["data"]!.DeepClone();
        var replies = await SeededMeeting.SendAsync(client, press);

        Assert.Contains("已批准", string.Join("\n", replies), StringComparison.Ordinal);
        Assert.Equal(SubmissionState.Approved, (await seeded.Storage.ReadAsync<Submission>(DocumentKeys.Of(key)))!.Value.State);
    }
}
