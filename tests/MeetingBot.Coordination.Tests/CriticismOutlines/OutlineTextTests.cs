using MeetingBot.Coordination.CriticismOutlines;
using MeetingBot.Coordination.Tests.Fixtures;

namespace MeetingBot.Coordination.Tests.CriticismOutlines;

/// <summary>A pasted outline becomes points with their examples and guessed aspects (the plain-text path).</summary>
public sealed class OutlineTextTests
{
    private static readonly Coordination.Templates.ProcessTemplate Template = SeedTemplates.DemocraticLifeMeeting;

    [Fact]
    public void APastedOutline_IsSplitIntoPointsWithExamplesAndAspects()
    {
        const string pasted = """
            对李敏同志的批评意见：
            1、党性修养有待提高，例如：5月12日群众来访时未当面接待。
            2、工作落实不到位，比如春季植树任务3个村未按期完成
            3、对身边工作人员要求不严
            """;

        var outline = OutlineText.Read(pasted, Template, Template.FindDeliverable("criticism-outline")!.PreReview);

        Assert.Equal(
            [
                new OutlinePoint("party-spirit", "党性修养有待提高", "5月12日群众来访时未当面接待。"),
                new OutlinePoint("real-work", "工作落实不到位", "春季植树任务3个村未按期完成"),
                new OutlinePoint("strictness", "对身边工作人员要求不严", null),
            ],
            outline.Points);
    }

    [Fact]
    public void APointMatchingNoAspect_LeavesTheAspectOpen()
    {
        var outline = OutlineText.Read("1. 性格急躁", Template, null);

        Assert.Null(Assert.Single(outline.Points).AspectId);
    }
}
