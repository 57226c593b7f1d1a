using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Chat.Meetings.Submissions;
using MeetingBot.Coordination.People;
using MeetingBot.DingTalk.Tests.Fakes;
using MeetingBot.Localization;

namespace MeetingBot.DingTalk.Tests.Scenarios;

/// <summary>
/// The seed's meeting on DingTalk, in Chinese, in Stream mode through the real host's turn pipeline: the office sets
/// the meeting up in the team group by @mentions, a member hands in his material in his 1:1 chat, the lead approves it
/// on the review card's button (a signed action page opened in the DingTalk client), the readiness gate refuses to confirm a meeting not ready yet, and the
/// office's reminder is fanned out through the delivery ledger at the platform's rate: each person who owes something
/// reminded once in 1:1, none lost, none twice (not even when the platform pushes the same message again).
/// </summary>
public sealed class DingTalkMeetingScenarioTests
{
    private const string Secret = "【内部材料】";
    private const string Office = "bgs001";
    private const string Lead = "wsj001";
    private const string Zhang = "zw001";
    private const string Li = "lm001";

    [Fact]
    public async Task SeedMeeting_SetUpInTheGroup_SubmittedInPrivate_ApprovedOnTheReviewCardsActionLink_GatedWhenNotReady()
    {
        await using var platform = await FakeDingTalk.StartAsync();
        await using var host = new DingTalkHost(platform);
        _ = host.Services; // starts the host, and with it the Stream connection
        await platform.WaitConnectedAsync();
        await host.AddPersonAsync(Office, "办公室", OrganisationRole.Organiser);
        await host.AddPersonAsync(Lead, "王书记");
        await host.AddPersonAsync(Zhang, "张伟");
        await host.AddPersonAsync(Li, "李敏");
        var chat = new DingTalkChat(platform, web: host.CreateClient);

        // Everyone opens the 1:1 chat with the robot once (so it can reach them later).
        foreach (var (id, nick) in new[] { (Office, "办公室"), (Lead, "王书记"), (Zhang, "伟"), (Li, "敏") })
        {
            Assert.NotEmpty(await chat.PrivatelyAsync(id, nick, "帮助"));
        }

        // 新建会议 in the team group: the robot hears only messages that @mention it; roles are @mentions too.
        var day = DateTime.UtcNow.AddDays(40);
        Assert.Contains("专题民主生活会", Joined(await chat.InGroupAsync(Office, "办公室", "新建会议")), StringComparison.Ordinal);
        Assert.Equal([SetupTexts.AskTheme.ZhCn], DingTalkChat.Texts(await chat.InGroupAsync(Office, "办公室", "专题民主生活会")));
        Assert.Equal([SetupTexts.AskWhen.ZhCn], DingTalkChat.Texts(await chat.InGroupAsync(Office, "办公室", "深入学习贯彻新思想 以整风精神开展批评和自我批评")));
        Assert.Equal([SetupTexts.AskPlace.ZhCn], DingTalkChat.Texts(await chat.InGroupAsync(Office, "办公室", $"{day.Year}年{day.Month}月{day.Day}日 上午9点")));
        Assert.Contains("北京时间", Joined(await chat.InGroupAsync(Office, "办公室", "党委第一会议室")), StringComparison.Ordinal);
        Assert.Equal([SetupTexts.AskLead.ZhCn], DingTalkChat.Texts(await chat.InGroupAsync(Office, "办公室", "默认")));
        Assert.Equal([SetupTexts.AskMembers.ZhCn], DingTalkChat.Texts(await chat.InGroupAsync(Office, "办公室", "@王书记", Lead)));
        Assert.Equal([SetupTexts.AskDepartmentHeads.ZhCn], DingTalkChat.Texts(await chat.InGroupAsync(Office, "办公室", "@张伟 @李敏", Zhang, Li)));
        Assert.Equal([SetupTexts.AskSupervisors.ZhCn], DingTalkChat.Texts(await chat.InGroupAsync(Office, "办公室", "跳过")));
        var plan = await chat.InGroupAsync(Office, "办公室", "跳过");
        // The yes/no question comes as an action card whose buttons answer for the office.
        var question = plan[^1];
        Assert.StartsWith("sampleActionCard", question.MsgKey, StringComparison.Ordinal);
        Assert.Equal(SetupTexts.AskConfirm.ZhCn, question.Text);
        var created = Joined(await chat.PressAsync(Office, "办公室", question, question.Buttons[0].Title));
        Assert.StartsWith("已创建会议", created, StringComparison.Ordinal);

        // 张伟 hands in his self-examination material in his 1:1 chat; nothing of it reaches the group.
        var groupBefore = platform.Deliveries.Count(d => d.OpenConversationId == chat.Group);
        await chat.PrivatelyAsync(Zhang, "伟", "提交 材料");
        await chat.PrivatelyAsync(Zhang, "伟", $"1. 调研不深入，例如全年只下基层3次{Secret}");
        await chat.PrivatelyAsync(Zhang, "伟", "宗旨意识淡化，群众观点树得不牢");
        await chat.PrivatelyAsync(Zhang, "伟", "改进作风，密切联系群众");
        await chat.PrivatelyAsync(Zhang, "伟", "1. 每月下基层不少于2次\n2. 精简会议文件");
        Assert.StartsWith("已提交", Joined(await chat.PrivatelyAsync(Zhang, "伟", "提交")), StringComparison.Ordinal);
        Assert.Equal(groupBefore, platform.Deliveries.Count(d => d.OpenConversationId == chat.Group));

        // The lead is told in his 1:1 chat and lists what waits: each item comes as an action card whose 批准 / 退回修改
        // buttons open the service's signed action page in the DingTalk client (the material is shown only to him).
        await Eventually(() => platform.Deliveries.Any(d => d.UserId == Lead && d.Text.Contains("张伟", StringComparison.Ordinal) && d.Text.Contains('审', StringComparison.Ordinal)));
        var waiting = await chat.PrivatelyAsync(Lead, "王书记", "待审");
        Assert.StartsWith("等待审阅", Joined(waiting), StringComparison.Ordinal);
        var review = Assert.Single(waiting, d => d.Buttons.Any(b => b.Title == "批准"));
        Assert.Contains(Secret, review.Text, StringComparison.Ordinal);
        Assert.All(review.Buttons.Where(b => b.Title != "下载"), b => Assert.NotNull(ActionPage.PathOf(b.Url)));

        // He types 批准 1 and drops it on the confirmation card's 取消 (a signed action link too): nothing approved.
        var confirm = Assert.Single(await chat.PrivatelyAsync(Lead, "王书记", "批准 1"));
        Assert.StartsWith("请确认：", confirm.Text, StringComparison.Ordinal);
        Assert.Equal(["确认", "取消"], confirm.Buttons.Select(b => b.Title));
        Assert.All(confirm.Buttons, b => Assert.NotNull(ActionPage.PathOf(b.Url)));
        Assert.StartsWith("已取消，没有执行", Joined(await chat.PressAsync(Lead, "王书记", confirm, "取消")), StringComparison.Ordinal);

        // Then he approves on the review card's 批准: confirmed on its page, the card submit runs as him and the answer
        // comes to his 1:1 chat. The same button pressed again is refused by the page, and nothing runs twice.
        Assert.StartsWith("已批准", Joined(await chat.PressAsync(Lead, "王书记", review, "批准")), StringComparison.Ordinal);
        using (var client = host.CreateClient())
        {
            var pressedAt = platform.Deliveries.Count;
            var replayed = await ActionPage.ConfirmAsync(client, ActionPage.PathOf(review.Buttons.First(b => b.Title == "批准").Url)!);
            Assert.Equal(System.Net.HttpStatusCode.Conflict, replayed.Status);
            var stale = await ActionPage.ConfirmAsync(client, ActionPage.PathOf(confirm.Buttons[0].Url)!);
            Assert.Equal(System.Net.HttpStatusCode.OK, stale.Status); // its own, unused link: the confirmation says it was answered already
            Assert.DoesNotContain(platform.Deliveries.Skip(pressedAt), d => d.Text.StartsWith("已批准", StringComparison.Ordinal));
        }

        // 时间服从质量: the meeting is not ready (李敏 and the others owe their parts), so 确认会议 is refused and says why.
        var refused = Joined(await chat.InGroupAsync(Office, "办公室", "确认会议"));
        Assert.Contains("未落实", refused, StringComparison.Ordinal);
        Assert.Contains("李敏", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("已确认召开", refused, StringComparison.Ordinal);

        // 立即提醒 in the group: the reminders go 1:1 through the delivery ledger, paced to the platform's 20 calls a second.
        var before = platform.Deliveries.Count;
        var remindNow = FakeDingTalk.Message(Office, "办公室", "立即提醒", chat.Group);
        var summary = Joined(await chat.SayAsync(remindNow, d => d.OpenConversationId == chat.Group));
        var reminded = platform.Deliveries.Skip(before).Where(d => d.UserId is not null).ToList();
        Assert.Contains($"已发送提醒 {reminded.Count} 条", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("失败", summary, StringComparison.Ordinal); // 0 failed, 0 unreachable, 0 without a chat: none lost
        Assert.Contains(reminded, d => d.UserId == Li); // he owes everything
        Assert.Equal(reminded.Count, reminded.Select(d => d.UserId).Distinct().Count()); // nobody twice
        Assert.All(reminded, d => Assert.Contains(d.UserId, new[] { Office, Lead, Zhang, Li }));

        // The same message pushed again (a redelivery) reminds nobody a second time.
        var again = platform.Deliveries.Count;
        await chat.SayAsync(remindNow, d => d.OpenConversationId == chat.Group);
        Assert.DoesNotContain(platform.Deliveries.Skip(again), d => d.UserId is not null);
        Assert.Contains($"已发送 {reminded.Count}，重试 0，失败 0，无法送达 0", Joined(await chat.InGroupAsync(Office, "办公室", "发送记录")), StringComparison.Ordinal);

        // The group never saw any content.
        Assert.All(platform.Deliveries.Where(d => d.OpenConversationId is not null), d => Assert.DoesNotContain(Secret, d.MsgParam, StringComparison.Ordinal));
        Assert.Equal(0, platform.Refusals);
    }

    private static string Joined(IEnumerable<Delivered> sent) => string.Join('\n', DingTalkChat.Texts(sent));

    internal static async Task Eventually(Func<bool> condition)
    {
        for (var i = 0; i < 300 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(condition());
    }
}
