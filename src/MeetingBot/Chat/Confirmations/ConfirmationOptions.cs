using System.ComponentModel.DataAnnotations;

namespace MeetingBot.Chat.Confirmations;

/// <summary>Section <c>Confirmations</c>: how long an irreversible action waits for its confirmation.</summary>
public sealed class ConfirmationOptions
{
    public const string SectionName = "Confirmations";

    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromMinutes(10);

    /// <summary>A confirmation answered later than this does nothing (the person is told to send the command again).</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan TimeLimit { get; set; } = DefaultTimeLimit;
}
