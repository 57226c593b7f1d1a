using MeetingBot.Localization;
using MeetingBot.Reports.Rendering;

namespace MeetingBot.Tests.Reports.Rendering;

public sealed class ChineseNumeralTests
{
    [Theory]
    [InlineData(1, "一")]
    [InlineData(9, "九")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(20, "二十")]
    [InlineData(21, "二十一")]
    [InlineData(99, "九十九")]
    [InlineData(100, "一百")]
    [InlineData(101, "一百零一")]
    [InlineData(110, "一百一十")]
    [InlineData(999, "九百九十九")]
    public void Number_IsWrittenInChineseNumerals(int number, string numeral) => Assert.Equal(numeral, ChineseNumeral.Of(number));

    [Theory]
    [InlineData(0)]
    [InlineData(1000)]
    public void NumbersOutsideTheRange_AreRefused(int number) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ChineseNumeral.Of(number));

    [Fact]
    public void HeadingNumbers_FollowTheLocale()
    {
        Assert.Equal(("十二、", "（十一）", "3."), (HeadingNumbers.Section(12, UserLocale.ZhCn), HeadingNumbers.Subsection(12, 11, UserLocale.ZhCn), HeadingNumbers.ListItem(3, UserLocale.ZhCn)));
        Assert.Equal(("12. ", "12.11 ", "3. "), (HeadingNumbers.Section(12, UserLocale.En), HeadingNumbers.Subsection(12, 11, UserLocale.En), HeadingNumbers.ListItem(3, UserLocale.En)));
    }
}
