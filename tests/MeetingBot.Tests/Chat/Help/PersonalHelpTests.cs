using System.Text.Json.Nodes;
using MeetingBot.Chat.Help;
using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Tests.Chat.Meetings;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Chat.Help;

/// <summary>帮助 for someone in a meeting: their role, its phase and what they can do now; 帮助 全部 lists everything.</summary>
public sealed class PersonalHelpTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private readonly MeetingTestBed _bed = new(factory);

    [Fact]
    public async Task AMemberAsksForHelp_GetsTheirRoleThePhaseAndTheCommandsOfTheirOpenTasks()
    {
        using var client = factory.CreateClient();
        await _bed.CreateAsync();

        var text = MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Liu, "帮助"));

        Assert.Contains("您在「专题民主生活会」中是班子成员，会议现处于会前准备阶段。", text, StringComparison.Ordinal);
        var suggestions = text.Split('\n').Where(l => l.StartsWith("- 发送“", StringComparison.Ordinal)).ToList();
        Assert.InRange(suggestions.Count, 3, 4);
        Assert.StartsWith("- 发送“提交 ", suggestions[0], StringComparison.Ordinal);
        Assert.Contains("帮助 全部", text, StringComparison.Ordinal);
        // Not the whole catalogue: the secretary's set-up command is not among a member's next steps.
        Assert.DoesNotContain(SetupCommands.NewMeeting.ZhNames[0], text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLeadAsksForHelp_IsToldTheLeadsOwnSteps_WithButtonsOnACardChannel()
    {
        using var client = factory.CreateClient();
        await _bed.CreateAsync();

        var replies = await _bed.SayAsync(client, _bed.Lead, "帮助");

        var text = MeetingTestBed.Texts(replies);
        Assert.Contains("主要负责同志", text, StringComparison.Ordinal);
        Assert.Contains("- 发送“集体材料”", text, StringComparison.Ordinal);
        var card = Assert.Single(replies, r => r?["attachments"] is JsonArray { Count: > 0 });
        Assert.Contains("\"command\"", card!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HelpAll_ListsEveryCommand_AsDoesHelpFromSomeoneInNoMeeting()
    {
        using var client = factory.CreateClient();
        await _bed.CreateAsync();

        var all = MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Liu, "帮助 全部"));
        var nobody = MeetingTestBed.Texts(await _bed.SayAsync(client, new(_bed.Liu.UserId + "-stranger", "路人", _bed.Liu.TenantId), "帮助"));

        foreach (var text in (string[])[all, nobody])
        {
            Assert.StartsWith(HelpTexts.Title.ZhCn, text, StringComparison.Ordinal);
            Assert.Contains("- " + SetupCommands.NewMeeting.ZhNames[0], text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SomeoneOpeningTheirOwnChatForTheFirstTime_IsWelcomedAndShownTheirTasks()
    {
        using var client = factory.CreateClient();
        await _bed.CreateAsync();
        var update = ActivityJson.OfType("conversationUpdate").ExpectingReplies().In("zh-CN");
        update["from"] = new JsonObject { ["id"] = _bed.Liu.UserId, ["name"] = _bed.Liu.Name, ["aadObjectId"] = _bed.Liu.UserId };
        update["conversation"] = new JsonObject { ["id"] = "personal-" + _bed.Liu.UserId, ["conversationType"] = "personal" };
        update["membersAdded"] = new JsonArray(
            new JsonObject { ["id"] = _bed.Liu.UserId, ["name"] = _bed.Liu.Name },
            update["recipient"]!.DeepClone());

        using var response = await client.PostActivityAsync(update);
        var text = MeetingTestBed.Texts(await response.ReadRepliesAsync());

        Assert.Contains("欢迎", text, StringComparison.Ordinal);
        Assert.Contains("我的任务：专题民主生活会", text, StringComparison.Ordinal);
        Assert.Contains("- ☐ ", text, StringComparison.Ordinal);
    }
}
