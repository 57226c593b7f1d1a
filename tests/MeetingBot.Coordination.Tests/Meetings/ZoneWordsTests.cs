using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Coordination.Tests.Meetings;

public sealed class ZoneWordsTests
{
    [Theory]
    [InlineData("Asia/Shanghai")]
    [InlineData("Asia/Chongqing")]
    [InlineData("Asia/Hong_Kong")]
    public void AZoneKeepingBeijingTime_IsCalledBeijingTimeInChinese_AndByItsIdInEnglish(string zone)
    {
        var words = ZoneWords.For(zone, new DateTime(2026, 12, 7, 9, 0, 0));

        Assert.Equal("北京时间", words.ZhCn);
        Assert.Equal(zone, words.En);
    }

    [Fact]
    public void AZoneAbroad_IsLocalTimeWithItsDistanceFromBeijingTime_DaylightSavingIncluded()
    {
        Assert.Equal("当地时间，比北京时间慢8小时", ZoneWords.For("Europe/London", new DateTime(2026, 12, 7, 9, 0, 0)).ZhCn);
        Assert.Equal("当地时间，比北京时间慢7小时", ZoneWords.For("Europe/London", new DateTime(2026, 7, 7, 9, 0, 0)).ZhCn);
        Assert.Equal("当地时间，比北京时间快1小时", ZoneWords.For("Asia/Tokyo", new DateTime(2026, 7, 7, 9, 0, 0)).ZhCn);
        Assert.Equal("当地时间，比北京时间慢2.5小时", ZoneWords.For("Asia/Kolkata", new DateTime(2026, 7, 7, 9, 0, 0)).ZhCn);
    }
}
