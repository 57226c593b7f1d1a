using System.Globalization;
using MeetingBot.BotFramework.Dialogs.Prompts;

namespace MeetingBot.BotFramework.Tests.Dialogs.Prompts;

/// <summary>
/// Each row is "the user types X, the bot understands Y". Unless a row says otherwise the user is in Shanghai
/// and it is Wednesday 8 July 2026, 10:00 there. Expected values read "yyyy-MM-dd HH:mm zzz" for a date and
/// time, "yyyy-MM-dd zzz" for a date alone (which must then sit at 00:00 local), or the status name.
/// </summary>
public sealed class DateTimeTextTests
{
    private static readonly DateTimeOffset WednesdayTenInShanghai = new(2026, 7, 8, 10, 0, 0, TimeSpan.FromHours(8));

    // The Saturday before American clocks go forward (Sunday 8 March 2026, 02:00 → 03:00).
    private static readonly DateTimeOffset SaturdayNoonBeforeSpringForward = new(2026, 3, 7, 12, 0, 0, TimeSpan.FromHours(-5));

    [Theory]
    [InlineData("2026-07-15 15:00", "2026-07-15 15:00 +08:00")]
    [InlineData("2026-07-15T15:00", "2026-07-15 15:00 +08:00")]
    [InlineData("2026-07-15", "2026-07-15 +08:00")]
    [InlineData("2026/7/15", "2026-07-15 +08:00")]
    [InlineData("7月15日", "2026-07-15 +08:00")]
    [InlineData("7月15号", "2026-07-15 +08:00")]
    [InlineData("2026年7月15日", "2026-07-15 +08:00")]
    [InlineData("7月15日下午3点", "2026-07-15 15:00 +08:00")]
    [InlineData("7月15日 下午3点", "2026-07-15 15:00 +08:00")]
    [InlineData("7月15日15:30", "2026-07-15 15:30 +08:00")]
    [InlineData("7月15日上午9点半", "2026-07-15 09:30 +08:00")]
    [InlineData("七月十五日下午三点", "2026-07-15 15:00 +08:00")]
    [InlineData("二〇二六年十二月三十一日", "2026-12-31 +08:00")]
    [InlineData("明天上午9点", "2026-07-09 09:00 +08:00")]
    [InlineData("明天", "2026-07-09 +08:00")]
    [InlineData("后天", "2026-07-10 +08:00")]
    [InlineData("大后天", "2026-07-11 +08:00")]
    [InlineData("今天", "2026-07-08 +08:00")]
    [InlineData("今天下午4点", "2026-07-08 16:00 +08:00")]
    [InlineData("明天早上8点", "2026-07-09 08:00 +08:00")]
    [InlineData("明晚8点", "2026-07-09 20:00 +08:00")]
    [InlineData("今晚8点半", "2026-07-08 20:30 +08:00")]
    [InlineData("下午3:30", "2026-07-08 15:30 +08:00")]
    [InlineData("明天09:00", "2026-07-09 09:00 +08:00")]
    [InlineData("明天下午3点一刻", "2026-07-09 15:15 +08:00")]
    [InlineData("明天下午3点45分", "2026-07-09 15:45 +08:00")]
    [InlineData("明天15点", "2026-07-09 15:00 +08:00")]
    [InlineData("明天凌晨2点", "2026-07-09 02:00 +08:00")]
    [InlineData("晚上8点", "2026-07-08 20:00 +08:00")]
    [InlineData("中午12点", "2026-07-08 12:00 +08:00")]
    [InlineData("中午1点", "2026-07-08 13:00 +08:00")]
    [InlineData("下午3点", "2026-07-08 15:00 +08:00")]
    [InlineData("15:30", "2026-07-08 15:30 +08:00")]
    [InlineData("3天后", "2026-07-11 +08:00")]
    [InlineData("三天后", "2026-07-11 +08:00")]
    [InlineData("两天后", "2026-07-10 +08:00")]
    [InlineData("十天后", "2026-07-18 +08:00")]
    [InlineData("1周后", "2026-07-15 +08:00")]
    public void Chinese_DatesAndTimes_AreReadOnTheShanghaiCalendar(string typed, string understood) =>
        Assert.Equal(understood, Recognize(typed));

    [Theory]
    [InlineData("下周五", "2026-07-17 +08:00")]
    [InlineData("下周一", "2026-07-13 +08:00")]
    [InlineData("下个星期五", "2026-07-17 +08:00")]
    [InlineData("下下周五", "2026-07-24 +08:00")]
    [InlineData("本周五", "2026-07-10 +08:00")]
    [InlineData("这周五", "2026-07-10 +08:00")]
    [InlineData("周五", "2026-07-10 +08:00")]
    [InlineData("星期五", "2026-07-10 +08:00")]
    [InlineData("礼拜五", "2026-07-10 +08:00")]
    [InlineData("星期天", "2026-07-12 +08:00")]
    [InlineData("下周日", "2026-07-19 +08:00")]
    [InlineData("下周五下午3点", "2026-07-17 15:00 +08:00")]
    [InlineData("这周三", "2026-07-08 +08:00")]
    [InlineData("周三", "2026-07-15 +08:00")]
    [InlineData("周三下午3点", "2026-07-08 15:00 +08:00")]
    [InlineData("周三上午9点", "2026-07-15 09:00 +08:00")]
    public void Chinese_Weekdays_CountWeeksFromMonday(string typed, string understood) =>
        Assert.Equal(understood, Recognize(typed));

    [Theory]
    [InlineData("tomorrow 3pm", "2026-07-09 15:00 +08:00")]
    [InlineData("tomorrow at 15:00", "2026-07-09 15:00 +08:00")]
    [InlineData("Tomorrow 3 p.m.", "2026-07-09 15:00 +08:00")]
    [InlineData("tomorrow at noon", "2026-07-09 12:00 +08:00")]
    [InlineData("3pm tomorrow", "2026-07-09 15:00 +08:00")]
    [InlineData("today 4:30pm", "2026-07-08 16:30 +08:00")]
    [InlineData("today 12am", "InThePast 2026-07-08 00:00 +08:00")]
    [InlineData("tomorrow 12pm", "2026-07-09 12:00 +08:00")]
    [InlineData("next Friday", "2026-07-17 +08:00")]
    [InlineData("this Friday", "2026-07-10 +08:00")]
    [InlineData("Friday", "2026-07-10 +08:00")]
    [InlineData("Friday 10am", "2026-07-10 10:00 +08:00")]
    [InlineData("on Fri at 3pm", "2026-07-10 15:00 +08:00")]
    [InlineData("Wednesday 9am", "2026-07-15 09:00 +08:00")]
    [InlineData("next monday", "2026-07-13 +08:00")]
    [InlineData("in 3 days", "2026-07-11 +08:00")]
    [InlineData("in three days", "2026-07-11 +08:00")]
    [InlineData("2 weeks from now", "2026-07-22 +08:00")]
    [InlineData("Jul 15 15:00", "2026-07-15 15:00 +08:00")]
    [InlineData("July 15", "2026-07-15 +08:00")]
    [InlineData("July 15th", "2026-07-15 +08:00")]
    [InlineData("15 July 2026", "2026-07-15 +08:00")]
    [InlineData("Jul 15, 2026 3:30 pm", "2026-07-15 15:30 +08:00")]
    public void English_DatesAndTimes_AreReadOnTheShanghaiCalendar(string typed, string understood) =>
        Assert.Equal(understood, Recognize(typed));

    [Theory]
    [InlineData("７月１５日下午３点", "2026-07-15 15:00 +08:00")]
    [InlineData("明天１５：３０", "2026-07-09 15:30 +08:00")]
    [InlineData("  明天下午3点。 ", "2026-07-09 15:00 +08:00")]
    [InlineData("明天！", "2026-07-09 +08:00")]
    [InlineData("Tomorrow 3PM.", "2026-07-09 15:00 +08:00")]
    [InlineData("ｎｅｘｔ　ｆｒｉｄａｙ？", "2026-07-17 +08:00")]
    public void FullWidthCharacters_SpacesAndClosingPunctuation_ChangeNothing(string typed, string understood) =>
        Assert.Equal(understood, Recognize(typed));

    [Theory]
    [InlineData("7月1日", true, "InThePast 2026-07-01 +08:00")]
    [InlineData("7月1日", false, "2026-07-01 +08:00")]
    [InlineData("6月8日", true, "InThePast 2026-06-08 +08:00")]
    [InlineData("6月7日", true, "2027-06-07 +08:00")]
    [InlineData("3月1日", true, "2027-03-01 +08:00")]
    [InlineData("3月1日", false, "2026-03-01 +08:00")]
    [InlineData("January 5", true, "2027-01-05 +08:00")]
    [InlineData("12月25日", true, "2026-12-25 +08:00")]
    [InlineData("7月8日", true, "2026-07-08 +08:00")]
    [InlineData("7月8日上午9点", true, "InThePast 2026-07-08 09:00 +08:00")]
    [InlineData("7月8日下午3点", true, "2026-07-08 15:00 +08:00")]
    [InlineData("2月29日", true, "2028-02-29 +08:00")]
    [InlineData("2月29日", false, "Unrecognized")]
    public void DateWithoutYear_IsThisYearsUnlessLongPast_WhenOnlyTheFutureWillDo(string typed, bool futureOnly, string understood) =>
        Assert.Equal(understood, Recognize(typed, futureOnly: futureOnly));

    [Theory]
    [InlineData("昨天", true, "InThePast 2026-07-07 +08:00")]
    [InlineData("yesterday", true, "InThePast 2026-07-07 +08:00")]
    [InlineData("前天", true, "InThePast 2026-07-06 +08:00")]
    [InlineData("今天上午9点", true, "InThePast 2026-07-08 09:00 +08:00")]
    [InlineData("上午9点", true, "InThePast 2026-07-08 09:00 +08:00")]
    [InlineData("today 9:30am", true, "InThePast 2026-07-08 09:30 +08:00")]
    [InlineData("10:00", true, "InThePast 2026-07-08 10:00 +08:00")]
    [InlineData("本周一", true, "InThePast 2026-07-06 +08:00")]
    [InlineData("this Monday", true, "InThePast 2026-07-06 +08:00")]
    [InlineData("2026-07-01", true, "InThePast 2026-07-01 +08:00")]
    [InlineData("2025年12月1日", true, "InThePast 2025-12-01 +08:00")]
    [InlineData("昨天", false, "2026-07-07 +08:00")]
    [InlineData("yesterday 3pm", false, "2026-07-07 15:00 +08:00")]
    [InlineData("today 9:30am", false, "2026-07-08 09:30 +08:00")]
    [InlineData("本周一", false, "2026-07-06 +08:00")]
    [InlineData("2025年12月1日", false, "2025-12-01 +08:00")]
    public void PastDates_AreRefusedNotMoved_WhenOnlyTheFutureWillDo(string typed, bool futureOnly, string understood) =>
        Assert.Equal(understood, Recognize(typed, futureOnly: futureOnly));

    [Theory]
    [InlineData("7月15日3点")]
    [InlineData("七月十五日三点")]
    [InlineData("明天3点")]
    [InlineData("明天3点半")]
    [InlineData("下周五8点")]
    [InlineData("3点")]
    [InlineData("12点")]
    [InlineData("晚上12点")]
    [InlineData("tomorrow 3")]
    [InlineData("tomorrow at 3")]
    [InlineData("Friday 10")]
    [InlineData("at 3")]
    [InlineData("3")]
    public void HourWithoutMorningOrAfternoon_IsAskedAgain_NotGuessed(string typed) =>
        Assert.Equal("Ambiguous", Recognize(typed));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("。")]
    [InlineData("2月30日")]
    [InlineData("2月30日3点")]
    [InlineData("13月1日")]
    [InlineData("0月1日")]
    [InlineData("7月32日")]
    [InlineData("2026-02-29")]
    [InlineData("25:00")]
    [InlineData("明天25:00")]
    [InlineData("明天15:60")]
    [InlineData("明天24点")]
    [InlineData("上午15点")]
    [InlineData("下午0点")]
    [InlineData("tomorrow 13pm")]
    [InlineData("Feb 30")]
    [InlineData("明天开会")]
    [InlineData("7月15日 meeting")]
    [InlineData("下周五在会议室")]
    [InlineData("tomorrow or friday")]
    [InlineData("please tomorrow 3pm")]
    [InlineData("hello")]
    [InlineData("next month")]
    [InlineData("7/15")]
    [InlineData("2026年7月")]
    [InlineData("明天下午3点👍")]
    [InlineData("9999-12-31 23:00")]
    public void NotADateOrImpossibleOrMixedWithOtherWords_IsUnrecognized(string typed) =>
        Assert.Equal("Unrecognized", Recognize(typed));

    [Theory]
    [InlineData("2026-03-08 01:30", false, "2026-03-08 01:30 -05:00")]
    [InlineData("2026-03-08 02:30", false, "Ambiguous")]
    [InlineData("2026年3月8日凌晨2点半", false, "Ambiguous")]
    [InlineData("2026-03-08 03:30", false, "2026-03-08 03:30 -04:00")]
    [InlineData("2026-03-08", false, "2026-03-08 -05:00")]
    [InlineData("2026-11-01", true, "2026-11-01 -04:00")]
    [InlineData("2026-11-01 00:30", true, "2026-11-01 00:30 -04:00")]
    [InlineData("Nov 1 1:30am", true, "2026-11-01 01:30 -04:00")]
    [InlineData("2026-11-01 02:30", true, "2026-11-01 02:30 -05:00")]
    [InlineData("11月1日下午3点", true, "2026-11-01 15:00 -05:00")]
    [InlineData("2026-11-02", true, "2026-11-02 -05:00")]
    public void NewYork_LocalTimesGetTheOffsetOfTheirSideOfTheClockChange(string typed, bool futureOnly, string understood) =>
        Assert.Equal(understood, Recognize(typed, "America/New_York", futureOnly: futureOnly));

    [Theory]
    [InlineData("tomorrow", "2026-03-08 -05:00")]
    [InlineData("tomorrow 1:30am", "2026-03-08 01:30 -05:00")]
    [InlineData("tomorrow 2:30am", "Ambiguous")]
    [InlineData("明天凌晨2点半", "Ambiguous")]
    [InlineData("Sunday 3:30am", "2026-03-08 03:30 -04:00")]
    [InlineData("in 2 days 9am", "2026-03-09 09:00 -04:00")]
    public void NewYork_TheDayBeforeClocksGoForward_ATimeTheClockSkipsIsAskedAgain(string typed, string understood) =>
        Assert.Equal(understood, Recognize(typed, "America/New_York", SaturdayNoonBeforeSpringForward, futureOnly: true));

    [Theory]
    [InlineData("America/New_York", "明天", "2026-07-08 -04:00")]
    [InlineData("America/New_York", "tomorrow 9am", "2026-07-08 09:00 -04:00")]
    [InlineData("America/New_York", "今天", "2026-07-07 -04:00")]
    [InlineData("Europe/Berlin", "2026-03-29 02:30", "Ambiguous")]
    [InlineData("Europe/Berlin", "2026-03-29 03:30", "2026-03-29 03:30 +02:00")]
    [InlineData("Europe/Berlin", "2026-10-25 02:30", "2026-10-25 02:30 +02:00")]
    [InlineData("Europe/Berlin", "2026-10-25 03:30", "2026-10-25 03:30 +01:00")]
    [InlineData("America/Santiago", "2026-09-06", "2026-09-06 -04:00")]
    [InlineData("America/Santiago", "2026-09-06 00:30", "Ambiguous")]
    [InlineData("America/Santiago", "2026-09-06 01:30", "2026-09-06 01:30 -03:00")]
    public void OtherZones_ReadTodayAndClockChangesOnTheirOwnWallClock(string zone, string typed, string understood) =>
        Assert.Equal(understood, Recognize(typed, zone, futureOnly: false));

    [Fact]
    public void Santiago_ADayWithoutMidnight_StartsWhenItsFirstInstantArrives()
    {
        var santiago = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");

        var start = DateTimeText.Recognize("2026-09-06", santiago, WednesdayTenInShanghai, futureOnly: true).Value!.Value;

        Assert.Equal(new DateTimeOffset(2026, 9, 6, 1, 0, 0, TimeSpan.FromHours(-3)), start);
        Assert.Equal(new DateTime(2026, 9, 6, 1, 0, 0), TimeZoneInfo.ConvertTime(start, santiago).DateTime);
    }

    [Fact]
    public void WithoutAZone_TheUserIsInShanghai()
    {
        var result = DateTimeText.Recognize("明天上午9点", WednesdayTenInShanghai, futureOnly: true);

        Assert.Equal(new DateTimeOffset(2026, 7, 9, 9, 0, 0, TimeSpan.FromHours(8)), result.Value);
        Assert.Equal(TimeSpan.FromHours(8), result.Value!.Value.Offset);
    }

    [Theory]
    [InlineData("America/New_York", "America/New_York")]
    [InlineData("Europe/Berlin", "Europe/Berlin")]
    [InlineData(null, "Asia/Shanghai")]
    [InlineData("", "Asia/Shanghai")]
    [InlineData("Mars/Olympus_Mons", "Asia/Shanghai")]
    public void ZoneOrDefault_FallsBackToShanghai_WhenTheUsersZoneIsMissingOrUnknown(string? ianaId, string expected) =>
        Assert.Equal(expected, DateTimeText.ZoneOrDefault(ianaId).Id);

    [Fact]
    public void Ambiguous_HasNoValue_SoNoCallerCanScheduleIt()
    {
        var result = DateTimeText.Recognize("明天3点", ZoneOf("Asia/Shanghai"), WednesdayTenInShanghai, futureOnly: true);

        Assert.Equal(new DateTimeRecognition(DateTimeRecognitionStatus.Ambiguous, null, HasTime: true), result);
    }

    private static string Recognize(string typed, bool futureOnly = true) =>
        Recognize(typed, "Asia/Shanghai", WednesdayTenInShanghai, futureOnly);

    private static string Recognize(string typed, string zone, bool futureOnly) =>
        Recognize(typed, zone, WednesdayTenInShanghai, futureOnly);

    private static string Recognize(string typed, string zone, DateTimeOffset now, bool futureOnly) =>
        Describe(DateTimeText.Recognize(typed, ZoneOf(zone), now, futureOnly));

    private static TimeZoneInfo ZoneOf(string ianaId) => TimeZoneInfo.FindSystemTimeZoneById(ianaId);

    private static string Describe(DateTimeRecognition result)
    {
        if (result.Value is not { } value)
        {
            return result.Status.ToString();
        }

        var when = result.HasTime
            ? value.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)
            : value.TimeOfDay == TimeSpan.Zero
                ? value.ToString("yyyy-MM-dd zzz", CultureInfo.InvariantCulture)
                : $"a date alone at {value:O}, not at midnight";
        return result.Status == DateTimeRecognitionStatus.Recognized ? when : $"{result.Status} {when}";
    }
}
