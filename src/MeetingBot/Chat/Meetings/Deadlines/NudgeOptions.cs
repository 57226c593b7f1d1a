using System.ComponentModel.DataAnnotations;

namespace MeetingBot.Chat.Meetings.Deadlines;

/// <summary>Section <c>Nudges</c>: how often the office may nudge (催办) one person.</summary>
public sealed class NudgeOptions
{
    public const string SectionName = "Nudges";
    public const int DefaultDailyLimit = 2;

    /// <summary>Nudges to one person about one meeting per calendar day (in the meeting's time zone); more are refused.</summary>
    [Range(1, 20)]
    public int DailyLimit { get; set; } = DefaultDailyLimit;
}
