namespace MeetingBot.BotFramework.Dialogs.Prompts;

/// <summary>How a prompt should answer what the user typed.</summary>
public enum DateTimeRecognitionStatus
{
    /// <summary>One date (and time) was understood.</summary>
    Recognized,

    /// <summary>Not a date, an impossible date (2月30日, 25:00), or a date mixed with other words.</summary>
    Unrecognized,

    /// <summary>
    /// A date was understood but the time cannot be pinned down: an hour without a period word or am/pm
    /// (3点 could be 03:00 or 15:00), or a local time the zone skips when clocks go forward. Ask again.
    /// </summary>
    Ambiguous,

    /// <summary>Understood, but already past while the prompt wants a future date; Value says which one.</summary>
    InThePast,
}
