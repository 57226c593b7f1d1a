using MeetingBot.BotFramework.Storage;
using MeetingBot.Chat.Meetings.Submissions;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Chat.Meetings.Submissions;

/// <summary>Who may submit what, and that nothing is gathered or echoed in a group chat.</summary>
public sealed class SubmissionAccessTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    [Fact]
    public async Task NonMember_InTheMeetingsGroup_IsRefused_AndInPrivate_FindsNoMeeting()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var stranger = seeded.Prefix + "-stranger";

        Assert.Equal(["你不是这个会议的参会人员。如应参会，请联系领导小组办公室将你列入名单。"], await seeded.SayAsync(client, stranger, "提交 学习", inGroup: true));
        Assert.Equal(["没有找到您参加的会议。如果您应当参加，请联系会议秘书（办公室）把您加入会议名单。"], await seeded.SayAsync(client, stranger, "提交 学习"));
    }

    [Fact]
    public async Task Outline_AboutSomeoneWhoIsNotAMember_IsRefused()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();

        Assert.Equal(["秘书不是班子成员。"], await seeded.SayAsync(client, seeded.Member(1), "提交 提纲 @秘书"));
        Assert.Equal([SubmissionTexts.TargetUnknown.In(global::MeetingBot.Localization.UserLocale.ZhCn, "路人甲")],
            await seeded.SayAsync(client, seeded.Member(1), "提交 提纲 @路人甲"));
        Assert.Null(await seeded.Storage.ReadAsync(DocumentKeys.Of(DocumentId.Submission(seeded.Meeting.Id, "criticism-outline", seeded.Member(1), seeded.Secretary))));
    }

    [Fact]
    public async Task Secretary_OwesNoStudyCheckIn_AndIsRefused()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();

        Assert.Equal(["这项材料不由你提交。发送“我的提交”可查看你需要提交的材料。"], await seeded.SayAsync(client, seeded.Secretary, "提交 学习"));
    }

    [Fact]
    public async Task StartedInAGroup_SaysToContinuePrivately_WithNoContent_AndOffersTheCommandFor1To1()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();

        var replies = await seeded.SayAsync(client, seeded.Member(1), "提交 提纲 @张伟", inGroup: true);

        // Direct Line cannot open a 1:1 chat for the bot: the member is told to open one and where to start.
        Assert.Equal(
            [SubmissionTexts.GoPrivate.ZhCn, SubmissionTexts.OpenPrivateChat.In(global::MeetingBot.Localization.UserLocale.ZhCn, "提交 提纲 @张伟")],
            replies);
        // No flow was started in the group: the next group message is not taken as outline content.
        var next = await seeded.SayAsync(client, seeded.Member(1), "1. 政治学习不够，例如某事", inGroup: true);
        Assert.DoesNotContain(next, r => r.Contains(SubmissionTexts.Review.ZhCn, StringComparison.Ordinal) || r.Contains(SubmissionTexts.FlagsHeading.ZhCn, StringComparison.Ordinal));
    }

    [Fact]
    public async Task MySubmissions_InAGroup_ShowsNothingPersonal()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();

        Assert.Equal([SubmissionTexts.MineInGroup.ZhCn], await seeded.SayAsync(client, seeded.Member(1), "我的提交", inGroup: true));
    }

    [Fact]
    public async Task TeamsMention_NamesTheOutlineTarget_ById()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var message = seeded.Message(seeded.Member(1), "提交 提纲 <at>Zhang Wei</at>");
        message["entities"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "mention",
            ["mentioned"] = new System.Text.Json.Nodes.JsonObject { ["id"] = seeded.Member(2), ["name"] = "Zhang Wei" },
            ["text"] = "<at>Zhang Wei</at>",
        });

        var ask = await SeededMeeting.SendAsync(client, message);

        Assert.Contains("请逐条写出对张伟的批评意见", ask[0], StringComparison.Ordinal);
    }
}
