namespace MeetingBot.BotFramework.Dialogs.Prompts;

/// <summary>The word that says which part of the day an hour is in; each maps hours differently.</summary>
internal enum DayPeriod
{
    None,

    /// <summary>am: 12am is midnight.</summary>
    Am,

    /// <summary>pm: 12pm is noon.</summary>
    Pm,

    /// <summary>凌晨: the small hours.</summary>
    Dawn,

    /// <summary>早上, 早晨, 清晨, 上午.</summary>
    Morning,

    /// <summary>中午: 12点 is noon, 1点 is 13:00.</summary>
    Noon,

    /// <summary>下午, 傍晚.</summary>
    Afternoon,

    /// <summary>晚上, 夜里.</summary>
    Evening,
}
