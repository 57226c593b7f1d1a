using MeetingBot.Coordination.Submissions;

namespace MeetingBot.Coordination.Tests.Submissions;

/// <summary>Pasted numbered lists are split into points (the plain-text path of every list).</summary>
public sealed class PastedListTests
{
    [Theory]
    [InlineData("1. 学习不深入\n2. 调研不够\n3. 要求不严")]
    [InlineData("1、学习不深入\n2、调研不够\n3、要求不严")]
    [InlineData("(1) 学习不深入\n(2) 调研不够\n(3) 要求不严")]
    [InlineData("（1）学习不深入\n（2）调研不够\n（3）要求不严")]
    [InlineData("一、学习不深入\n二、调研不够\n三、要求不严")]
    [InlineData("（一）学习不深入\n（二）调研不够\n（三）要求不严")]
    [InlineData("①学习不深入\n②调研不够\n③要求不严")]
    [InlineData("- 学习不深入\n- 调研不够\n- 要求不严")]
    [InlineData("• 学习不深入\r\n• 调研不够\r\n• 要求不严")]
    [InlineData("1) 学习不深入\n2) 调研不够\n3) 要求不严")]
    public void EveryCommonMarker_SplitsIntoPoints(string pasted)
    {
        Assert.Equal(["学习不深入", "调研不够", "要求不严"], PastedList.Parse(pasted).Points);
    }

    [Theory]
    [InlineData("1、学习不深入；2、调研不够；3、要求不严", "学习不深入；|调研不够；|要求不严")]
    [InlineData("①学习不深入②调研不够③要求不严", "学习不深入|调研不够|要求不严")]
    [InlineData("1. 学习不深入 2. 调研不够 3. 要求不严", "学习不深入|调研不够|要求不严")]
    [InlineData("一、学习不深入。二、调研不够。三、要求不严", "学习不深入。|调研不够。|要求不严")]
    [InlineData("意见如下：①学习不深入②调研不够", "学习不深入|调研不够")]
    // As officials write in running text (found in a trial: one problem with the second inside its typical case).
    [InlineData("一是以会议落实会议，例如上半年召开会议二十余次。二是调研不深入，例如对东村产业园只听汇报。", "以会议落实会议，例如上半年召开会议二十余次。|调研不深入，例如对东村产业园只听汇报。")]
    [InlineData("存在以下问题：一是学习不深入；二是调研不够；三是要求不严", "学习不深入；|调研不够；|要求不严")]
    public void AnInlineRun_OnOneLine_IsSplitToo(string pasted, string points)
    {
        Assert.Equal(points.Split('|'), PastedList.Parse(pasted).Points);
    }

    [Fact]
    public void A_lone_一是_inside_a_sentence_DoesNotSplitIt()
    {
        Assert.Equal(["我认为，一是要加强学习"], PastedList.Parse("我认为，一是要加强学习").Points);
    }

    [Fact]
    public void NumbersInsideTheText_DoNotSplitIt()
    {
        var list = PastedList.Parse("1. 上半年开会42次，其中1.5倍于去年\n2. 第2、3项工作未落实");

        Assert.Equal(["上半年开会42次，其中1.5倍于去年", "第2、3项工作未落实"], list.Points);
    }

    [Fact]
    public void AWrappedLine_ContinuesThePointAbove()
    {
        var list = PastedList.Parse("1. 深入基层调研不够，\n全年到村仅6次\n2. Meetings run\nlong");

        Assert.Equal(["深入基层调研不够，全年到村仅6次", "Meetings run long"], list.Points);
    }

    [Fact]
    public void TextBeforeTheFirstMarker_IsKeptAsTheHeading()
    {
        var list = PastedList.Parse("对李敏同志的批评意见：\n1. 学习不深入\n2. 调研不够");

        Assert.Equal("对李敏同志的批评意见：", list.Heading);
        Assert.Equal(2, list.Points.Count);
    }

    [Fact]
    public void TextWithoutMarkers_GivesOnePointPerLine()
    {
        Assert.Equal(["学习不深入", "调研不够"], PastedList.Parse("学习不深入\n\n  调研不够  ").Points);
    }

    [Fact]
    public void NothingPasted_GivesNoPoints()
    {
        Assert.Empty(PastedList.Parse(null).Points);
        Assert.Empty(PastedList.Parse(" \n ").Points);
    }

    [Fact]
    public void ChineseNumeralsPastTen_AreRead()
    {
        var pasted = string.Join("\n", Enumerable.Range(1, 12).Select(i => $"{Numeral(i)}、第{i}条"));

        Assert.Equal(12, PastedList.Parse(pasted).Points.Count);
    }

    private static string Numeral(int i) => i switch
    {
        <= 10 => "一二三四五六七八九十"[i - 1].ToString(),
        _ => "十" + "一二三四五六七八九"[i - 11],
    };
}
