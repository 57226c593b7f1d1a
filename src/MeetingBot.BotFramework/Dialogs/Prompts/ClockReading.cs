namespace MeetingBot.BotFramework.Dialogs.Prompts;

/// <summary>A time of day as typed: a clock time, or an hour that could be either half of the day.</summary>
internal readonly record struct ClockReading(TimeOnly Time, bool IsAmbiguous)
{
    public static ClockReading Ambiguous => new(default, true);

    public static ClockReading At(int hour, int minute, int second) => new(new TimeOnly(hour, minute, second), false);
}
