namespace MeetingBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// The shape of a whole answer: a date, a time, or both (明天下午3点, Jul 15 15:00, and in English also
/// 3pm tomorrow). Every character must belong to one of them: a date among other words is not read.
/// </summary>
internal sealed record DateTimePhrase(DatePhrase? Date, ClockReading? Clock)
{
    // A date-time phrase is short; the bound also keeps the split search below trivial.
    private const int MaxLength = 48;

    private static readonly char[] Separators = [' ', ','];

    public static DateTimePhrase? Read(string text)
    {
        if (text.Length is 0 or > MaxLength)
        {
            return null;
        }

        // Chinese writes no space between date and time, so try every split; the longest date first, so that
        // "Jul 15, 2026 3:30 pm" keeps its year rather than leaving "2026 3:30 pm" to the time.
        for (var split = text.Length; split >= 0; split--)
        {
            if (Read(date: text[..split], time: text[split..]) is { } dateFirst)
            {
                return dateFirst;
            }
        }

        for (var split = 1; split < text.Length; split++)
        {
            if (Read(date: text[split..], time: text[..split]) is { Date: not null, Clock: not null } timeFirst)
            {
                return timeFirst;
            }
        }

        return null;
    }

    private static DateTimePhrase? Read(string date, string time)
    {
        date = date.Trim(Separators);
        time = time.Trim(Separators);
        if (date.Length == 0 && time.Length == 0)
        {
            return null;
        }

        var datePhrase = date.Length == 0 ? null : DatePhraseParser.Parse(date);
        var clock = time.Length == 0 ? null : ClockTimeParser.Parse(time);
        var complete = (date.Length == 0 || datePhrase is not null) && (time.Length == 0 || clock is not null);
        return complete ? new DateTimePhrase(datePhrase, clock) : null;
    }
}
