using MeetingBot.Chat.Meetings.Reviews;
using MeetingBot.Chat.Meetings.Submissions;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Chat.Meetings.Opinions;

/// <summary>
/// The seed's second 明确 with opinions: what the superior pointed out and the masses raised, once assigned to a member,
/// is to be answered in his self-examination material (by its number, 意见1). A draft that does not is flagged to him
/// before he hands it in, and to the lead beside the item — advice, never a block.
/// </summary>
public sealed class OpinionPreReviewTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    [Fact]
    public async Task AnAssignedOpinionLeftUnanswered_IsFlaggedToTheAuthorAndTheLead_AndAnsweredByNumberItIsNot()
    {
        var bed = new MeetingTestBed(factory);
        using var client = factory.CreateClient();
        await bed.CreateAsync();
        Assert.Equal("已录入意见1（上级点），已交李敏回应。", await Say(bed, client, bed.Secretary, "上级点 李敏：分管领域安全生产检查走过场"));
        Assert.Equal("已录入意见2（集体议），已交李敏回应。", await Say(bed, client, bed.Secretary, "集体议 李敏：会议多、落实少"));

        // Written through the dialog: the summary before 提交 carries the advice.
        await Say(bed, client, bed.Li, "提交 材料");
        await Say(bed, client, bed.Li, "1. 形式主义：文山会海，例如一季度开会15次");
        await Say(bed, client, bed.Li, "理想信念有所松懈，宗旨意识淡化。");
        await Say(bed, client, bed.Li, "严格要求家属子女和身边工作人员。");
        var summary = await Say(bed, client, bed.Li, "1. 每月全镇性会议不超过2次");
        Assert.Contains(SubmissionTexts.FlagsHeading.ZhCn, summary, StringComparison.Ordinal);
        Assert.Contains("没有回应交办给你的意见1（上级点）：“分管领域安全生产检查走过场”。请写明“回应意见1”", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("意见2", summary, StringComparison.Ordinal); // 集体议 is not among the sources the template asks to answer
        Assert.Contains("已提交", await Say(bed, client, bed.Li, "提交"), StringComparison.Ordinal);

        var queue = MeetingTestBed.AllStrings(await bed.SayAsync(client, bed.Lead, "待审"));
        Assert.Contains(ReviewTexts.FlagsHeading.ZhCn, queue, StringComparison.Ordinal);
        Assert.Contains("没有回应交办给你的意见1（上级点）", queue, StringComparison.Ordinal);

        // Another member's material says nothing of Li's opinion.
        await bed.SubmitMaterialAsync(bed.Zhang);
        var zhangItem = MeetingTestBed.AllStrings(await bed.SayAsync(client, bed.Lead, "待审"));
        Assert.Equal(1, CountOf(zhangItem, "没有回应交办给你的意见1"));
    }

    [Fact]
    public async Task AMaterialThatAnswersTheOpinionByNumber_HasNoSuchFlag()
    {
        var bed = new MeetingTestBed(factory);
        using var client = factory.CreateClient();
        await bed.CreateAsync();
        await Say(bed, client, bed.Secretary, "上级点 李敏：分管领域安全生产检查走过场");

        await Say(bed, client, bed.Li, "提交 材料");
        await Say(bed, client, bed.Li, "1. 形式主义：文山会海，例如一季度开会15次");
        await Say(bed, client, bed.Li, "理想信念有所松懈，宗旨意识淡化。");
        await Say(bed, client, bed.Li, "严格要求家属子女和身边工作人员。");
        var summary = await Say(bed, client, bed.Li, "1. 回应意见1：每月到分管企业暗访一次安全生产");

        Assert.DoesNotContain("没有回应交办给你的意见", summary, StringComparison.Ordinal);
        Assert.Contains(SubmissionTexts.NoFlags.ZhCn, summary, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    private static async Task<string> Say(MeetingTestBed bed, HttpClient client, Coordination.Meetings.Actor from, string text) =>
        MeetingTestBed.Texts(await bed.SayAsync(client, from, text));
}
