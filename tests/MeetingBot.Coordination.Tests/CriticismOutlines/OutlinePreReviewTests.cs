using MeetingBot.Coordination.CriticismOutlines;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Tests.Fixtures;

namespace MeetingBot.Coordination.Tests.CriticismOutlines;

/// <summary>Rule-based flags of what the seed warns against, before an outline reaches the lead.</summary>
public sealed class OutlinePreReviewTests
{
    private static readonly ProcessTemplate Template = SeedTemplates.DemocraticLifeMeeting;
    private static readonly OutlineRules Rules = Template.FindDeliverable("criticism-outline")!.PreReview!;

    private static IReadOnlyList<OutlineFlag> Check(params OutlinePoint[] points) => OutlinePreReview.Check(new CriticismOutline(points), Rules, Template.Aspects);

    [Fact]
    public void AGoodOutline_HasNoFlags()
    {
        Assert.Empty(OutlinePreReview.Check(Contents.GoodOutline(), Rules, Template.Aspects));
    }

    [Fact]
    public void TooFewPoints_AreFlagged()
    {
        var flags = Check(Contents.GoodOutline().Points[0], Contents.GoodOutline().Points[1]);

        var flag = Assert.Single(flags, f => f.Code == OutlineFlagCode.TooFewPoints);
        Assert.Equal("批评意见只有2条，至少应有3条。", flag.Text.ZhCn);
        Assert.Equal("Only 2 point(s); at least 3 are expected.", flag.Text.En);
    }

    [Fact]
    public void AnAspectNotCovered_IsFlagged_PerMissingAspect()
    {
        var points = Contents.GoodOutline().Points;

        var flags = Check(points[0], points[0] with { Text = "宗旨意识淡薄" }, points[0] with { Text = "政治站位不高" });

        Assert.Equal(["real-work", "strictness"], flags.Where(f => f.Code == OutlineFlagCode.AspectNotCovered).Select(f => f.AspectId));
        Assert.Contains(flags, f => f.Text.ZhCn == "没有从“工作实不实”方面指出问题。" && f.Text.En == "No point on “Real work”.");
    }

    [Fact]
    public void APointWithoutAnAspect_CountsForTheAspectWhoseKeywordItMentions()
    {
        var flags = Check(
            new OutlinePoint(null, "党性修养不够，宗旨意识淡薄", "在征地拆迁中对群众诉求不够耐心，5月两次拒绝接访"),
            new OutlinePoint(null, "工作作风不实，调研走过场", "6月到王庄村调研只听汇报，未入户走访"),
            new OutlinePoint(null, "对身边工作人员要求不严", "司机多次在公务活动中收受土特产未制止"));

        Assert.Empty(flags);
    }

    [Fact]
    public void APointWithoutAConcreteExample_IsFlagged_WithItsNumber()
    {
        var points = Contents.GoodOutline().Points;

        var flags = Check(points[0], points[1] with { Example = null }, points[2] with { Example = "比如说" });

        Assert.Equal([2, 3], flags.Where(f => f.Code == OutlineFlagCode.NoConcreteExample).Select(f => f.PointNumber));
        Assert.Contains(flags, f => f.Text.ZhCn == "第2条没有具体事例。" && f.Text.En == "Point 2 has no concrete example.");
    }

    [Fact]
    public void AnExampleMadeOfStockPhrases_IsNotConcrete()
    {
        var points = Contents.GoodOutline().Points;

        var flags = Check(points[0] with { Example = "有待加强，还需提高" }, points[1], points[2]);

        Assert.Equal(1, Assert.Single(flags).PointNumber);
    }

    [Fact]
    public void AStockPhraseWithNoSubstance_IsFlagged()
    {
        var points = Contents.GoodOutline().Points;

        var flags = Check(points[0], points[1], points[2] with { Text = "要求有待加强。" });

        var flag = Assert.Single(flags);
        Assert.Equal((OutlineFlagCode.StockPhrase, 3, "有待加强"), (flag.Code, flag.PointNumber, flag.Phrase));
        Assert.Equal("第3条只有套话（“有待加强”），没有实质内容。", flag.Text.ZhCn);
    }

    [Fact]
    public void AStockPhraseInsideASubstantialPoint_IsNotFlagged()
    {
        var points = Contents.GoodOutline().Points;

        var flags = Check(points[0], points[1], points[2] with { Text = "对分管站所的考勤管理要求有待加强，迟到早退现象多次出现" });

        Assert.Empty(flags);
    }

    [Fact]
    public void TheSeedsWeakOutline_GetsEveryKindOfFlag()
    {
        var flags = OutlinePreReview.Check(Contents.WeakOutline(), Rules, Template.Aspects);

        Assert.Equal(
            [OutlineFlagCode.TooFewPoints, OutlineFlagCode.AspectNotCovered, OutlineFlagCode.AspectNotCovered, OutlineFlagCode.AspectNotCovered,
             OutlineFlagCode.NoConcreteExample, OutlineFlagCode.StockPhrase],
            flags.Select(f => f.Code));
        Assert.All(flags, f => Assert.False(string.IsNullOrWhiteSpace(f.Text.En)));
    }

    [Fact]
    public void EnglishStockPhrases_AreFlaggedToo()
    {
        var points = Contents.GoodOutline().Points;

        var flags = Check(points[0], points[1], points[2] with { Text = "Needs improvement." });

        Assert.Equal("needs improvement", Assert.Single(flags).Phrase);
    }
}
