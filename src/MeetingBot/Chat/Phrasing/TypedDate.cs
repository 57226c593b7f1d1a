using MeetingBot.BotFramework.Dialogs.Prompts;

namespace MeetingBot.Chat.Phrasing;

/// <summary>
/// A date typed as a command argument or a form answer (谈话时间, 上报 dates, rectification deadlines), read by the
/// one date-time recogniser: 2026-12-07, 12月7日, 十二月七日, 今天, 昨天, 下周五, 三天后, Dec 7.
/// </summary>
public static class TypedDate
{
    private static readonly TimeOnly Noon = new(12, 0);

    /// <param name="text">What the person typed.</param>
    /// <param name="today">The date today on the meeting's calendar (its time zone), which every relative date counts from.</param>
    /// <returns>The date, past or future (a talk was held, a deadline lies ahead); null when the text is not a date.</returns>
    public static DateOnly? Read(string text, DateOnly today)
    {
        // Reading at noon of the meeting's own date, on a zone without offsets, keeps 今天, 下周五 and 12月7日 on the
        // meeting's calendar whatever the server's zone: the caller already took today in the meeting's zone.
        var now = new DateTimeOffset(today.ToDateTime(Noon), TimeSpan.Zero);
        var recognised = DateTimeText.Recognize(text, TimeZoneInfo.Utc, now, futureOnly: false);
        return recognised is { Status: DateTimeRecognitionStatus.Recognized, Value: { } value } ? DateOnly.FromDateTime(value.DateTime) : null;
    }
}
