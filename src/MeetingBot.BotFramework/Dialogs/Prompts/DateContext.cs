namespace MeetingBot.BotFramework.Dialogs.Prompts;

/// <summary>What placing a typed date on the calendar needs to know about the moment it was typed.</summary>
/// <param name="Today">Today in the user's zone.</param>
/// <param name="FutureOnly">Whether the prompt wants a date that is still ahead.</param>
/// <param name="HasExactTime">Whether a clock time came with the date (周五下午3点 may still mean today).</param>
/// <param name="IsAhead">Whether a day, at the time typed (or as a whole when no time), has not passed yet.</param>
internal sealed record DateContext(DateOnly Today, bool FutureOnly, bool HasExactTime, Func<DateOnly, bool> IsAhead);
