using System.Text.Json.Nodes;
using MeetingBot.Chat.Meetings.Reviews;
using MeetingBot.Chat.Meetings.Submissions;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Localization;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Chat.Meetings.Submissions;

/// <summary>
/// The seed's three 明确 through the HTTP pipeline: a problem list with 群众提 / 上级点 items and a 不正之风 problem, then a
/// self-examination material that misses them — flagged to the author before he submits, never blocked, and shown
/// to the lead on the review item.
/// </summary>
public sealed class SelfExaminationPreReviewTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private const string ProblemListText =
        "1. 形式主义｜文山会海｜上半年组织会议二十余次｜群众提｜认账\n2. 不正之风｜低保评定优亲厚友｜某村低保户中有村干部亲属3户｜上级点｜认账";

    [Fact]
    public async Task AMaterialMissingTheThreeMingque_IsFlaggedToTheAuthor_SubmittedAnyway_AndFlaggedToTheLead()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var member = seeded.Member(1);
        await seeded.SayInTurnAsync(client, member, "提交 问题", ProblemListText, "提交");
        var items = ((ProblemList)(await seeded.StoredAsync("problem-list", member)).Latest!.Content).Items;
        Assert.Equal(["formalism", "unhealthy-practices"], items.Select(i => i.CategoryId));

        var review = await WriteMaterialAsync(seeded, client, member, "1. 调查研究不深入，例如全年只下基层两次", "坚持以人民为中心，改进作风。", "1. 每季度蹲点调研一周");

        Assert.Contains(SubmissionTexts.FlagsHeading.ZhCn, review, StringComparison.Ordinal);
        Assert.Contains("问题清单中认账了“形式主义”方面的问题，材料中没有摆出", review, StringComparison.Ordinal);
        Assert.Contains("问题清单中认账了“不正之风”方面的问题，材料中没有摆出", review, StringComparison.Ordinal);
        Assert.Contains("没有回应问题清单第1条（群众提）", review, StringComparison.Ordinal);
        Assert.Contains("没有回应问题清单第2条（上级点）", review, StringComparison.Ordinal);
        Assert.Contains("没有说明落实从严管理家属子女和身边工作人员要求的情况", review, StringComparison.Ordinal);
        Assert.Equal([SubmissionTexts.Submitted.In(UserLocale.ZhCn, 1)], await seeded.SayAsync(client, member, "提交"));
        Assert.Equal(SubmissionState.Submitted, (await seeded.StoredAsync("self-examination", member)).State);

        // The lead's queue item is a card here (Direct Line renders them): the flags are among its texts.
        var queue = await EverythingSaidAsync(client, seeded.Message(seeded.Lead, "待审"));
        Assert.Contains(queue, t => t.Contains(ReviewTexts.FlagsHeading.ZhCn, StringComparison.Ordinal));
        Assert.Contains(queue, t => t.Contains("没有回应问题清单第2条（上级点）", StringComparison.Ordinal));
        Assert.Contains(queue, t => t.Contains("“不正之风”", StringComparison.Ordinal));

        // Returned, it opens for revision with the same advice beside the working copy.
        Assert.Contains(await seeded.SayAsync(client, seeded.Lead, "退回 材料1 请对照三个明确补充"), r => r.StartsWith("已退回", StringComparison.Ordinal));
        var opened = await EverythingSaidAsync(client, seeded.Message(member, "修改"));
        Assert.Contains(opened, t => t.Contains("请对照三个明确补充", StringComparison.Ordinal) && t.Contains("没有回应问题清单第1条（群众提）", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AMaterialThatMeetsTheThreeMingque_HasNoFlags()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var member = seeded.Member(2);
        await seeded.SayInTurnAsync(client, member, "提交 问题", ProblemListText, "提交");

        var review = await WriteMaterialAsync(seeded, client, member,
            "1. 形式主义：文山会海，例如上半年组织会议二十余次\n2. 不正之风：低保评定把关不严，例如某村低保户中有村干部亲属3户",
            "严格管理家属子女和身边工作人员，不搞特殊化。",
            "1. 回应清单第1条：全镇性会议每月不超过2次\n2. 回应清单第2条：低保评定逐户复核并张榜公示");

        Assert.True(review.Contains(SubmissionTexts.NoFlags.ZhCn, StringComparison.Ordinal), review);
    }

    [Fact]
    public async Task InEnglish_TheFlagsSayWhatToAdd()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var member = seeded.Member(3);
        await seeded.SayInTurnAsync(client, member, "提交 问题", ProblemListText, "提交");

        await SayInEnglishAsync(seeded, client, member, "提交 材料");
        await SayInEnglishAsync(seeded, client, member, "1. Little field research, e.g. only two visits in a year");
        await SayInEnglishAsync(seeded, client, member, "Ideals have slackened.");
        await SayInEnglishAsync(seeded, client, member, "Improve the style of work.");
        var review = string.Join("\n", await SayInEnglishAsync(seeded, client, member, "1. One week of field research every quarter"));

        Assert.Contains(SubmissionTexts.FlagsHeading.En, review, StringComparison.Ordinal);
        Assert.Contains("Item 2 of your problem list (Pointed out by superiors) is not answered", review, StringComparison.Ordinal);
        Assert.Contains("Does not state how the rule on strictly managing family members and staff is kept", review, StringComparison.Ordinal);
    }

    private static async Task<string> WriteMaterialAsync(SeededMeeting seeded, HttpClient client, string member, string problems, string direction, string measures)
    {
        await seeded.SayInTurnAsync(client, member, "提交 材料", problems, "理想信念有所松懈，宗旨意识淡化。", direction);
        return string.Join("\n", await seeded.SayAsync(client, member, measures));
    }

    private static Task<List<string>> SayInEnglishAsync(SeededMeeting seeded, HttpClient client, string member, string text)
    {
        var message = seeded.Message(member, text);
        message["locale"] = "en";
        return SeededMeeting.SendAsync(client, message);
    }

    /// <summary>Every string in the replies, card texts included.</summary>
    private static async Task<List<string>> EverythingSaidAsync(HttpClient client, JsonObject message)
    {
        using var response = await client.PostActivityAsync(message);
        var strings = new List<string>();
        foreach (var reply in await response.ReadRepliesAsync())
        {
            Collect(reply, strings);
        }

        return strings;
    }

    private static void Collect(JsonNode? node, List<string> strings)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, value) in o)
                {
                    Collect(value, strings);
                }

                break;
            case JsonArray a:
                foreach (var value in a)
                {
                    Collect(value, strings);
                }

                break;
            case JsonValue v when v.TryGetValue<string>(out var text):
                strings.Add(text);
                break;
        }
    }
}
