using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Tests.Templates;

public sealed class DeadlineOffsetTests
{
    [Theory]
    [InlineData("-10d", -10, null)]
    [InlineData("-3d 18:00", -3, "18:00")]
    [InlineData("-1d 9:30", -1, "09:30")]
    [InlineData("0d", 0, null)]
    public void Offsets_AreReadAsWrittenInTemplates(string text, int days, string? time)
    {
        Assert.True(DeadlineOffset.TryParse(text, out var offset));
        Assert.Equal(days, offset.Days);
        Assert.Equal(time is null ? null : TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), offset.TimeOfDay);
    }

    [Fact]
    public void WithoutATime_TheDeadlineKeepsTheMeetingsTimeOfDay()
    {
        Assert.True(DeadlineOffset.TryParse("-10d", out var offset));

        Assert.Equal(new DateTime(2014, 7, 5, 9, 0, 0), offset.LocalDueFor(new DateTime(2014, 7, 15, 9, 0, 0)));
    }

    [Fact]
    public void WithATime_TheDeadlineIsAtThatLocalTime()
    {
        Assert.True(DeadlineOffset.TryParse("-3d 18:00", out var offset));

        Assert.Equal(new DateTime(2014, 7, 12, 18, 0, 0), offset.LocalDueFor(new DateTime(2014, 7, 15, 9, 0, 0)));
        Assert.Equal("-3d 18:00", offset.ToString());
    }

    [Fact]
    public void OnlyTheBareMeetingStartOrEarlier_CannotFallAfterTheMeeting()
    {
        Assert.False(new DeadlineOffset(0, null).CanFallAfterTheMeeting);
        Assert.False(new DeadlineOffset(-1, new TimeOnly(23, 59)).CanFallAfterTheMeeting);
        Assert.True(new DeadlineOffset(0, new TimeOnly(8, 0)).CanFallAfterTheMeeting);
        Assert.True(new DeadlineOffset(1, null).CanFallAfterTheMeeting);
    }
}
