using MeetingBot.Chat.Meetings.Submissions;
using MeetingBot.Localization;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Chat.Meetings.Submissions;

/// <summary>
/// 提交 提纲 / 确认谈话 without a name: the member is shown the people he still owes that item with, as commands to send,
/// instead of an example with a made-up name he cannot act on.
/// </summary>
public sealed class TargetChoiceTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private const string GoodOutline =
        "1. 党性修养不够，宗旨意识淡化，例如今年三次推迟接访群众\n2. 工作落实不到位，例如年初部署的调研任务到十月仍未完成\n3. 对身边工作人员要求不严，例如司机公车私用未及时制止";

    [Fact]
    public async Task OutlineWithoutAName_ListsTheColleaguesStillOwed_AndDropsOneOnceHandedIn()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var author = seeded.Member(1);

        var choice = await seeded.SayAsync(client, author, "提交 提纲");
        Assert.StartsWith("请写明是哪位同志的批评发言提纲", choice[0], StringComparison.Ordinal);
        Assert.Contains("- 提交 提纲 张伟", choice[0], StringComparison.Ordinal);
        Assert.Contains("- 提交 提纲 刘洋", choice[0], StringComparison.Ordinal);
        Assert.Contains("- 提交 提纲 书记", choice[0], StringComparison.Ordinal);
        Assert.DoesNotContain("王芳", choice[0], StringComparison.Ordinal); // not to himself

        await seeded.SayAsync(client, author, "提交 提纲 张伟");
        await seeded.SayAsync(client, author, GoodOutline);
        Assert.Equal([SubmissionTexts.Submitted.In(UserLocale.ZhCn, 1)], await seeded.SayAsync(client, author, "提交"));

        var after = await seeded.SayAsync(client, author, "提交 提纲");
        Assert.DoesNotContain("提交 提纲 张伟", after[0], StringComparison.Ordinal);
        Assert.Contains("- 提交 提纲 刘洋", after[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutlineWithoutAName_WhenAllAreHandedIn_SaysSoAndWhereToLook()
    {
        var seeded = await SeededMeeting.CreateAsync(factory, members: 2);
        using var client = factory.CreateClient();
        var author = seeded.Member(1);
        var owed = await seeded.SayAsync(client, author, "提交 提纲");
        foreach (var command in owed[0].Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => l[2..].Trim()))
        {
            await seeded.SayAsync(client, author, command);
            await seeded.SayAsync(client, author, GoodOutline);
            await seeded.SayAsync(client, author, "提交");
        }

        Assert.Equal([SubmissionTexts.NothingOwed.In(UserLocale.ZhCn, "批评发言提纲")], await seeded.SayAsync(client, author, "提交 提纲"));
    }

    [Fact]
    public async Task ConfirmTalkWithoutAName_WithNothingToConfirm_SaysSo()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();

        Assert.Equal([SubmissionTexts.NoTalkToConfirm.In(UserLocale.ZhCn, "谈话记录")], await seeded.SayAsync(client, seeded.Member(2), "确认谈话"));
    }

    [Fact]
    public async Task ANameNotInTheMeeting_IsStillNamedBack()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();

        Assert.Equal([SubmissionTexts.TargetUnknown.In(UserLocale.ZhCn, "赵六")], await seeded.SayAsync(client, seeded.Member(1), "提交 提纲 赵六"));
    }
}
