namespace MeetingBot.BotFramework.Dialogs.Prompts;

/// <summary>Which week a weekday names. Weeks start on Monday, as in China.</summary>
internal enum WeekChoice
{
    /// <summary>周五, Friday: the next one to come.</summary>
    Coming,

    /// <summary>本周五, 这周五, this Friday: the current week's, even if it has passed.</summary>
    ThisWeek,

    /// <summary>下周五, and English "next Friday" read the same way: the Friday of next week.</summary>
    NextWeek,

    /// <summary>下下周五: the week after next.</summary>
    WeekAfterNext,
}
