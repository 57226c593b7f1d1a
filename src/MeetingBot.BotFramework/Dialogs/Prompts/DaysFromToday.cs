namespace MeetingBot.BotFramework.Dialogs.Prompts;

/// <summary>明天, 后天, 昨天, 3天后, in 3 days: a count of days from today.</summary>
internal sealed record DaysFromToday(int Days) : DatePhrase
{
    public override DateOnly? Resolve(DateContext context) => context.Today.AddDays(Days);
}
