using MeetingBot.Chat.Meetings.Setup;

namespace MeetingBot.Tests.Chat.Meetings.Setup;

public sealed class NewMeetingAnswersTests
{
    [Theory]
    [InlineData("北京时间", "Asia/Shanghai")]
    [InlineData("北京时间。", "Asia/Shanghai")]
    [InlineData("东八区", "Asia/Shanghai")]
    [InlineData("默认", "Europe/London")]
    [InlineData(" Asia/Urumqi ", "Asia/Urumqi")]
    [InlineData("时区：北京时间", "Asia/Shanghai")]
    [InlineData("时区 北京时间", "Asia/Shanghai")]
    [InlineData("时区是北京时间。", "Asia/Shanghai")]
    [InlineData("时区：默认", "Europe/London")]
    [InlineData("time zone: Asia/Urumqi", "Asia/Urumqi")]
    public void TheZoneQuestion_TakesTheNamesAChineseOfficeUses(string typed, string zone)
    {
        Assert.Equal(zone, NewMeetingAnswers.ZoneOf(typed, "Europe/London"));
    }
}
