using MeetingBot.Reports.Rendering;

namespace MeetingBot.Tests.Reports.Rendering;

public sealed class SheetNameTests
{
    [Theory]
    [InlineData("整改[公示]", "整改_公示_")]
    [InlineData("a:b*c?d/e\\f", "a_b_c_d_e_f")]
    [InlineData("'quoted'", "quoted")]
    [InlineData("   ", "Sheet1")]
    [InlineData("history", "Sheet1")]
    [InlineData("谈心谈话", "谈心谈话")]
    public void Name_IsMadeLegal(string name, string legal) => Assert.Equal(legal, SheetName.Legal(name, []));

    [Fact]
    public void LongName_IsCutTo31Characters()
    {
        var legal = SheetName.Legal(new string('表', 40), []);

        Assert.Equal(31, legal.Length);
    }

    [Fact]
    public void TakenName_GetsANumber_IgnoringCase_AndStillFits()
    {
        Assert.Equal("talks (2)", SheetName.Legal("talks", ["Talks"]));
        Assert.Equal("Talks (3)", SheetName.Legal("Talks", ["Talks", "Talks (2)"]));
        var cut = SheetName.Legal(new string('x', 40), [new string('x', 31)]);
        Assert.Equal(new string('x', 27) + " (2)", cut);
    }
}
