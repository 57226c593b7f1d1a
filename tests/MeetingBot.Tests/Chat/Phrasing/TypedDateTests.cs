using MeetingBot.Chat.Meetings.Submissions.Forms;
using MeetingBot.Chat.Phrasing;

namespace MeetingBot.Tests.Chat.Phrasing;

/// <summary>
/// Dates typed as answers and arguments (谈话时间, 上报 dates, rectification deadlines) are read by the date-time
/// recogniser on the meeting's calendar: today is Monday 7 December 2026 there.
/// </summary>
public sealed class TypedDateTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    [Theory]
    [InlineData("12月7日", "2026-12-07")]
    [InlineData("9月30日", "2026-09-30")]
    [InlineData("下周五", "2026-12-18")]
    [InlineData("本周五", "2026-12-11")]
    [InlineData("今天", "2026-12-07")]
    [InlineData("昨天", "2026-12-06")]
    [InlineData("前天", "2026-12-05")]
    [InlineData("十二月七日", "2026-12-07")]
    [InlineData("12月7号", "2026-12-07")]
    [InlineData("２０２６－１２－０７", "2026-12-07")]
    [InlineData("2026-12-07", "2026-12-07")]
    [InlineData("2026/12/7", "2026-12-07")]
    [InlineData("2026年12月7日", "2026-12-07")]
    [InlineData("三天后", "2026-12-10")]
    [InlineData("12月7日下午3点", "2026-12-07")]
    [InlineData("today", "2026-12-07")]
    [InlineData("Dec 7", "2026-12-07")]
    [InlineData("next friday", "2026-12-18")]
    public void ADateAsPeopleTypeIt_IsReadOnTheMeetingsCalendar(string typed, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), TypedDate.Read(typed, Today));
    }

    [Theory]
    [InlineData("谈话很顺利")]
    [InlineData("2月30日")]
    [InlineData("")]
    public void WhatIsNotADate_IsNotRead(string typed)
    {
        Assert.Null(TypedDate.Read(typed, Today));
    }

    [Fact]
    public void TheTalkFormsDateAnswer_GoesThroughTheRecogniser()
    {
        Assert.Equal(new DateOnly(2026, 12, 18), TalkForm.ParseDate("下周五", Today));
    }
}
