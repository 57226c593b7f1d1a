using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Rectification;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Templates;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Chat.Meetings.Setup;
using MeetingBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using static MeetingBot.Tests.Chat.Meetings.Rectification.RectificationManagementTests;

namespace MeetingBot.Tests.Chat.Meetings.Rectification;

/// <summary>
/// 即知即改 before the meeting from an acknowledged problem, and 回头看: the next meeting's review starts from the
/// previous meeting's tasks, each marked done / in progress / not done with its evidence, through the HTTP pipeline.
/// </summary>
public sealed class ImmediateTasksAndReviewTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private MeetingRepository Repository => factory.Services.GetRequiredService<MeetingRepository>();

    [Fact]
    public async Task BeforeTheMeeting_AMemberOpensAnImmediateTask_FromAnAcknowledgedProblemOnly()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        var meeting = await chat.SeedMeetingAsync("democratic-life-meeting", "办公室", "王书记", "张伟", "李敏", "刘洋");
        await SayAsync(chat, "张伟", "帮助"); // his 1:1 chat with the bot, where notices reach him
        await SubmitProblemsAsync(meeting, chat.Id("张伟"), "张伟",
            new ProblemItem("formalism", "文山会海，发文多", "一季度发文40件", "masses", ProblemAcknowledgement.Acknowledged, null),
            new ProblemItem("hedonism", "公车私用", "无此事", "masses", ProblemAcknowledgement.Disputed, "经核实车辆均有登记"));

        Assert.StartsWith("用法：整改 即改", await SayAsync(chat, "张伟", "整改 即改 1"), StringComparison.Ordinal);
        Assert.Equal("第2个问题未认账（标为不符），不能据此开立即知即改任务。", await SayAsync(chat, "张伟", "整改 即改 2 2030-01-10 车辆登记"));
        Assert.StartsWith("张伟的问题清单中没有第5个问题。", await SayAsync(chat, "张伟", "整改 即改 5 2030-01-10 精简文件"), StringComparison.Ordinal);
        Assert.Equal("即知即改任务由问题所属的班子成员本人或会议组织者开立，请告知本人或办公室。", await SayAsync(chat, "李敏", "整改 即改 张伟 1 2030-01-10 精简文件"));
        Assert.StartsWith("李敏的问题清单中没有第1个问题。", await SayAsync(chat, "李敏", "整改 即改 1 2030-01-10 精简文件"), StringComparison.Ordinal);
        Assert.Equal("已开立即知即改任务（第1项）：每月发文不超过10件，完成时限 2030-01-10。", await SayAsync(chat, "张伟", "整改 即改 1 2030-01-10 每月发文不超过10件"));
        Assert.Equal("已开立即知即改任务（第2项）：清理过期文件，完成时限 2030-01-12。", await SayAsync(chat, "办公室", "整改 即改 张伟 1 2030-01-12 清理过期文件"));
        Assert.NotEmpty(await chat.ReceivedPrivatelyAsync("张伟", t => t.StartsWith("您是整改任务第2项的责任人：清理过期文件", StringComparison.Ordinal)));

        // The task is reported on and accepted before the meeting like any other; the list marks it immediate.
        Assert.Equal("已记录第1项整改任务的进展。", await SayAsync(chat, "张伟", "整改 进展 1 已印发发文计划"));
        Assert.Contains("1. 每月发文不超过10件（即知即改） —— 责任人：张伟", await SayAsync(chat, "刘洋", "整改"), StringComparison.Ordinal);
        Assert.Contains("Immediate task 3 opened", await SayAsync(chat, "张伟", "rectification immediate 1 2030-01-20 fewer documents", "en"), StringComparison.Ordinal);

        var list = (await Repository.GetDossierAsync(null, meeting.Id, CancellationToken.None))!.Rectification!;
        Assert.All(list.Tasks, t => Assert.True(t.Immediate));
        Assert.Equal("文山会海，发文多", list.Find(1)!.Problem);
        Assert.Contains(list.History, h => h.Action == AuditActions.ImmediateTaskOpened && h.ActorId == chat.Id("办公室"));
        Assert.Contains("开立即知即改任务", await SayAsync(chat, "办公室", "审计"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NextMeeting_ReviewStartsFromThePreviousTasks_MarkedAndHandedIn()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        var previous = await HeldMeetingAsync(chat, Repository);
        await SayAsync(chat, "办公室", "整改 添加 张伟 2030-03-31 调研不深入｜健全调研制度");
        await SayAsync(chat, "办公室", "整改 添加 李敏 2030-03-31 公车管理不规范｜建立公车使用登记制度");
        await SayAsync(chat, "办公室", "整改 添加 刘洋 2030-03-31 会议多｜精简会议");
        await SayAsync(chat, "张伟", "整改 完成 1 镇党委〔2030〕5号文件");
        await SayAsync(chat, "办公室", "整改 验收 1");
        await SayAsync(chat, "李敏", "整改 进展 2 登记簿已启用");
        // The previous meeting was a year earlier than the next one.
        await Repository.UpdateAsync<Meeting>(null, DocumentId.Meeting(previous.Id), stored => stored! with
        {
            StartsAt = stored.StartsAt.AddYears(-1), LocalStart = stored.LocalStart.AddYears(-1), HeldAt = stored.StartsAt.AddYears(-1).AddHours(3),
        }, CancellationToken.None);
        var next = await chat.SeedMeetingAsync("democratic-life-meeting", "办公室", "王书记", "张伟", "李敏", "刘洋");

        var refused = await SayAsync(chat, "张伟", "整改 回头看");
        Assert.True(refused.Contains("只有会议组织者（领导小组办公室）可以这样做。如需办理，请联系办公室。", StringComparison.Ordinal), refused);
        Assert.Equal("回头看含各项整改佐证，请在与我的私聊中发送“整改 回头看”。", SetupChat.Texts(await chat.InTeamAsync("办公室", "整改 回头看"))[^1]);
        var drafted = await SayAsync(chat, "办公室", "整改 回头看");
        Assert.True(drafted.Contains("1. 调研不深入：健全调研制度（张伟）——已完成：镇党委〔2030〕5号文件", StringComparison.Ordinal), drafted);
        Assert.Contains("1. 调研不深入：健全调研制度（张伟）——已完成：镇党委〔2030〕5号文件", drafted, StringComparison.Ordinal);
        Assert.Contains("2. 公车管理不规范：建立公车使用登记制度（李敏）——整改中：登记簿已启用", drafted, StringComparison.Ordinal);
        Assert.Contains("3. 会议多：精简会议（刘洋）——未完成", drafted, StringComparison.Ordinal);

        Assert.Contains("回头看草稿共3项，请写其中的序号。", await SayAsync(chat, "办公室", "整改 回头看 7 已完成"), StringComparison.Ordinal);
        Assert.Contains("回头看第3项已标记为“整改中”。", await SayAsync(chat, "办公室", "整改 回头看 3 整改中 会议计划已起草"), StringComparison.Ordinal);
        var readBack = await SayAsync(chat, "办公室", "继续 回头看");
        Assert.Contains("3. 会议多：精简会议（刘洋）——整改中：会议计划已起草", readBack, StringComparison.Ordinal);
        Assert.Contains("已提交（第 1 版）。", await SayAsync(chat, "办公室", "提交"), StringComparison.Ordinal);

        var dossier = (await Repository.GetDossierAsync(null, next.Id, CancellationToken.None))!;
        var review = (RectificationReview)dossier.Submissions.Single(s => s.Kind == DeliverableKind.RectificationReview).Latest!.Content;
        Assert.Equal([CarriedOverProgress.Done, CarriedOverProgress.InProgress, CarriedOverProgress.InProgress], review.Tasks.Select(t => t.Standing));
    }

    private async Task SubmitProblemsAsync(Meeting meeting, string authorId, string name, params ProblemItem[] items)
    {
        var template = factory.Services.GetRequiredService<TemplateLibrary>().Find("democratic-life-meeting")!;
        var actor = new Actor(authorId, name, meeting.TenantId);
        var outcome = await Repository.UpdateAsync<Submission>(null, DocumentId.Submission(meeting.Id, "problem-list", authorId, null), existing =>
            new Submit(existing?.Version ?? 0, "problem-list", null, new ProblemList(items)).Decide(meeting, template, existing, actor, DateTimeOffset.UtcNow), CancellationToken.None);
        Assert.True(outcome.IsSuccess, outcome.ToString());
    }
}
