using MeetingBot.BotFramework.Schema;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.People;
using MeetingBot.Meetings.Storage;
using Microsoft.Extensions.DependencyInjection;
using MeetingBot.WeCom.Tests.Fake;
using TestDocx = global::MeetingBot.Tests.Documents.TestDocx;

namespace MeetingBot.WeCom.Tests.Scenarios;

/// <summary>
/// A Chinese meeting on WeCom, end to end through the callback URL and the fake platform: set up by the office in the
/// application group chat, a submission in a member's 1:1 chat with the application, the lead approving on a
/// template card (a button press coming back as a callback event), the readiness gate refusing to confirm early, and
/// the office's reminder fanned out through the delivery ledger at the platform's rate: each person who owes something
/// reminded once in 1:1, none lost, none twice (not even when WeCom delivers the same callback again).
/// </summary>
public sealed class WeComMeetingScenarioTests
{
    private const string Office = "office01";
    private const string Lead = "wangsj";
    private const string Zhang = "zhangwei";
    private const string Li = "limin";

    [Fact]
    public async Task MeetingOnWeCom_SetUpInTheGroup_SubmittedInPrivate_ApprovedOnACard_GatedBeforeConfirmation()
    {
        await using var host = await WeComHost.StartAsync();
        await host.AddPersonAsync("办公室", Office, OrganisationRole.Organiser);
        await host.AddPersonAsync("王书记", Lead);
        await host.AddPersonAsync("张伟", Zhang);
        await host.AddPersonAsync("李敏", Li);
        var chat = new Conversation(host);
        // The office and 李敏 have opened their chats with the application once (so reminders can reach them).
        await chat.PrivatelyAsync(Office, "帮助");
        await chat.PrivatelyAsync(Li, "帮助");

        // 新建会议 in the application group chat, people named as the directory knows them.
        var day = DateTime.UtcNow.AddDays(40);
        Assert.Contains("专题民主生活会", await chat.InGroupAsync(Office, "新建会议"), StringComparison.Ordinal);
        await chat.InGroupAsync(Office, "专题民主生活会");
        await chat.InGroupAsync(Office, "深入学习贯彻新思想 以整风精神开展批评和自我批评");
        await chat.InGroupAsync(Office, $"{day.Year}年{day.Month}月{day.Day}日 上午9点");
        Assert.Contains("北京时间", await chat.InGroupAsync(Office, "党委第一会议室"), StringComparison.Ordinal);
        await chat.InGroupAsync(Office, "默认");
        await chat.InGroupAsync(Office, "王书记");
        await chat.InGroupAsync(Office, "张伟、李敏");
        await chat.InGroupAsync(Office, "跳过");
        var plan = await chat.InGroupAsync(Office, "跳过");
        Assert.Contains("王书记", plan, StringComparison.Ordinal);
        await chat.InGroupAsync(Office, "是");
        var meeting = await MeetingOfTheGroupAsync(host);
        Assert.NotNull(meeting);
        Assert.Equal(3, meeting.Members.Count); // the lead and the two members
        Assert.True(meeting.Holds("p-" + Lead, Role.Lead));

        // A submission in 张伟's 1:1 chat with the application.
        await chat.PrivatelyAsync(Zhang, "提交 学习");
        await chat.PrivatelyAsync(Zhang, "1. 《党章》\n2. 中央八项规定\n3. 重要讲话精神");
        Assert.StartsWith("已提交", await chat.PrivatelyAsync(Zhang, "提交"), StringComparison.Ordinal);
        // 对照检查材料, which the lead reviews.
        foreach (var answer in (string[])["提交 材料", "1. 调研不深入，例如全年只下基层3次", "宗旨意识淡化，群众观点树得不牢", "改进作风，密切联系群众", "1. 每月下基层不少于2次\n2. 精简会议文件"])
        {
            await chat.PrivatelyAsync(Zhang, answer);
        }

        Assert.StartsWith("已提交", await chat.PrivatelyAsync(Zhang, "提交"), StringComparison.Ordinal);

        // 李敏 hands in her 对照检查材料 as a Word file: WeCom's callback names only its media_id; the file is fetched
        // from the platform (media/get) and goes through the same upload reader as in Teams and the web chat.
        await chat.PrivatelyAsync(Li, "提交 材料");
        var docx = TestDocx.Build(
            TestDocx.Paragraph("个人对照检查材料"), TestDocx.Paragraph("一、存在的问题：调查研究不深入。"));
        Assert.Contains("对照检查材料.docx", await chat.FileAsync(Li, "对照检查材料.docx", docx), StringComparison.Ordinal);
        Assert.Equal(1, host.Platform.MediaDownloads);
        Assert.StartsWith("已提交", await chat.PrivatelyAsync(Li, "提交"), StringComparison.Ordinal);

        // The lead's queue comes as template cards; pressing 批准 comes back as the card's submit.
        var before = host.Platform.To(Lead).Count();
        await chat.PrivatelyAsync(Lead, "待审");
        var card = host.Platform.To(Lead).Skip(before).LastOrDefault(d => d.MsgType == "template_card");
        Assert.True(card is not null, string.Join(" || ", host.Platform.To(Lead).Skip(before).Select(d => d.MsgType + ":" + d.Payload.ToJsonString())));
        var approve = card.Payload["template_card"]!["button_list"]!.AsArray().First()!["key"]!.ToString();
        var approved = await chat.ClickAsync(Lead, approve);
        Assert.Contains("已批准", approved, StringComparison.Ordinal);

        // 确认会议 while materials are missing: refused, naming what is missing, and nothing of the content in the group.
        var refused = await chat.InGroupAsync(Office, "确认会议");
        Assert.Contains("尚未提交", refused, StringComparison.Ordinal);
        Assert.Equal(MeetingStatus.Preparing, (await MeetingOfTheGroupAsync(host))!.Status);
        Assert.DoesNotContain("中央八项规定", string.Join('\n', host.Platform.InChat(WeComHost.TeamChat).Select(d => d.Text)), StringComparison.Ordinal);

        // 立即提醒 in the group: the reminders go 1:1 through the delivery ledger, paced to the platform's limits.
        var sentBefore = host.Platform.Deliveries.Count;
        var callback = host.Platform.Callback(WeComHost.Fields(Office, "text", ("Content", "立即提醒"), ("MsgId", "7700000000001"), ("ChatId", WeComHost.TeamChat)));
        (await host.PostAsync(callback)).EnsureSuccessStatusCode();
        var reminded = host.Platform.Deliveries.Skip(sentBefore).Where(d => d.ToUser is not null).ToList();
        var summary = string.Join('\n', host.Platform.Deliveries.Skip(sentBefore).Where(d => d.ChatId == WeComHost.TeamChat).Select(d => d.Text));
        Assert.Contains($"已发送提醒 {reminded.Count} 条", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("失败", summary, StringComparison.Ordinal); // 0 failed, 0 unreachable, 0 without a chat: none lost
        Assert.Contains(reminded, d => d.ToUser == Li); // she owes everything
        Assert.Equal(reminded.Count, reminded.Select(d => d.ToUser).Distinct().Count()); // nobody twice
        Assert.All(reminded, d => Assert.Contains(d.ToUser, new[] { Office, Lead, Zhang, Li }));
        Assert.Equal(0, host.Platform.ThrottledAnswers);

        // WeCom calls back again when it thinks it was not answered: the same callback reminds nobody a second time.
        var again = host.Platform.Deliveries.Count;
        (await host.PostAsync(callback)).EnsureSuccessStatusCode();
        Assert.DoesNotContain(host.Platform.Deliveries.Skip(again), d => d.ToUser is not null);

        var log = await chat.InGroupAsync(Office, "发送记录");
        Assert.Contains($"已发送 {reminded.Count}，重试 0，失败 0，无法送达 0", log, StringComparison.Ordinal);
    }

    private static async Task<Meeting?> MeetingOfTheGroupAsync(WeComHost host)
    {
        var ids = await host.Services.GetRequiredService<MeetingDirectory>()
            .ForConversationAsync(Channels.WeCom, WeComConversations.OfChat(WeComHost.TeamChat), CancellationToken.None);
        return ids.Count == 0 ? null : await host.Services.GetRequiredService<MeetingRepository>().GetMeetingAsync(null, ids[^1], CancellationToken.None);
    }

    /// <summary>Says things as WeCom would call back, and reads what the fake platform received during each turn.</summary>
    private sealed class Conversation(WeComHost host)
    {
        public async Task<string> InGroupAsync(string user, string text)
        {
            var before = host.Platform.Deliveries.Count;
            using var response = await host.SayAsync(user, text, WeComHost.TeamChat);
            response.EnsureSuccessStatusCode();
            return Since(before);
        }

        public async Task<string> PrivatelyAsync(string user, string text)
        {
            var before = host.Platform.Deliveries.Count;
            using var response = await host.SayAsync(user, text);
            response.EnsureSuccessStatusCode();
            return Since(before);
        }

        public async Task<string> FileAsync(string user, string fileName, byte[] content)
        {
            var before = host.Platform.Deliveries.Count;
            using var response = await host.SendFileAsync(user, fileName, content);
            response.EnsureSuccessStatusCode();
            return Since(before);
        }

        public async Task<string> ClickAsync(string user, string key)
        {
            var before = host.Platform.Deliveries.Count;
            using var response = await host.ClickAsync(user, key);
            response.EnsureSuccessStatusCode();
            return Since(before);
        }

        private string Since(int before) => string.Join('\n', host.Platform.Deliveries.Skip(before).Select(d => d.Text));
    }
}
