using System.ComponentModel.DataAnnotations;

namespace MeetingBot.BotFramework.Builder;

/// <summary>Section <c>Bot</c>: limits of the messaging endpoint.</summary>
public sealed class AdapterOptions
{
    public const string SectionName = "Bot";
    public const int DefaultMaxRequestBytes = 256 * 1024;

    /// <summary>Bodies over this answer 413 before anything is parsed.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = DefaultMaxRequestBytes;

    /// <summary>
    /// Whether a redelivered activity is also recognised by the other instances, through a claim written to the
    /// shared storage (one write per turn). Null: the host decides from its storage — on for stores that instances
    /// share (PostgreSQL, Azure Blob), off for the single-instance embedded default, where this process's memory is
    /// the whole truth and the write would only cost every turn a round trip.
    /// </summary>
    public bool? DeduplicateAcrossInstances { get; set; }

    /// <summary>
    /// How long a shared claim holds while its turn runs. An instance killed mid-turn never marks the activity
    /// handled; the channel's redelivery after this long is handled by another instance instead of being dropped as
    /// a duplicate of a turn that never finished. Longer than the slowest turn (a fan-out in the turn included).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:10:00")]
    public TimeSpan ActivityClaimLease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The bot's display name, used when a channel sends no <c>recipient</c> (offline Direct Line).</summary>
    [Required]
    public string BotName { get; set; } = "MeetingBot";
}
