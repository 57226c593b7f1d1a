namespace MeetingBot.BotFramework.Dialogs.Prompts;

/// <summary>A date as the user wrote it (7月15日, 明天, 下周五), before it is placed relative to today.</summary>
internal abstract record DatePhrase
{
    /// <summary>What a time typed on its own (下午3点, 3pm) is on.</summary>
    public static DatePhrase Today { get; } = new DaysFromToday(0);

    /// <returns>The local date, or null when there is no such day (2月30日).</returns>
    public abstract DateOnly? Resolve(DateContext context);
}
