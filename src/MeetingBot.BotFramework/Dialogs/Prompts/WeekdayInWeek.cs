namespace MeetingBot.BotFramework.Dialogs.Prompts;

/// <summary>周五, 下周五, this Friday: a weekday in a week counted from the current one.</summary>
internal sealed record WeekdayInWeek(DayOfWeek Day, WeekChoice Week) : DatePhrase
{
    public override DateOnly? Resolve(DateContext context)
    {
        var today = context.Today;
        var monday = today.AddDays(-DaysSinceMonday(today.DayOfWeek));
        var offset = DaysSinceMonday(Day);
        return Week switch
        {
            WeekChoice.ThisWeek => monday.AddDays(offset),
            WeekChoice.NextWeek => monday.AddDays(7 + offset),
            WeekChoice.WeekAfterNext => monday.AddDays(14 + offset),
            _ => Coming(context),
        };
    }

    // "周五" said on a Friday means today only if a time still ahead comes with it; otherwise a week later.
    private DateOnly Coming(DateContext context)
    {
        var today = context.Today;
        var days = ((int)Day - (int)today.DayOfWeek + 7) % 7;
        if (days == 0 && !(context.HasExactTime && context.IsAhead(today)))
        {
            days = 7;
        }

        return today.AddDays(days);
    }

    private static int DaysSinceMonday(DayOfWeek day) => ((int)day + 6) % 7;
}
