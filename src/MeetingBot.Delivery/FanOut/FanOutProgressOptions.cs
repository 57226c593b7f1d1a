using System.ComponentModel.DataAnnotations;

namespace MeetingBot.Delivery.FanOut;

/// <summary>Section <c>FanOutProgress</c>: when a fan-out counts as stalled, and how often runs are looked at.</summary>
public sealed class FanOutProgressOptions
{
    public const string SectionName = "FanOutProgress";

    /// <summary>A running fan-out with no progress for this long is reported to the secretaries.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan StallAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often the stall watch looks at the running fan-outs.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How often a running fan-out writes its progress (and once more when it ends): at most one storage write per
    /// this period instead of one per recipient. Well under <see cref="StallAfter"/>, so a moving run never looks stalled.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RecordEvery { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often a running fan-out looks for a cancellation asked for on another instance.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan CancelPollEvery { get; set; } = TimeSpan.FromSeconds(1);
}
