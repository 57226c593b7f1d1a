using System.ComponentModel.DataAnnotations;

namespace MeetingBot.WebChannel;

/// <summary>
/// Section <c>Invitations</c>: how long a personal invitation link to the web chat stays valid. By default a link for
/// a meeting lasts until the meeting's rectification is over (<see cref="UntilRectificationEnds"/>): the last
/// rectification task's due date, or the meeting plus <see cref="RectificationPeriod"/> while no task is due later,
/// plus <see cref="Grace"/>. <see cref="Lifetime"/> is the floor of every link, and the whole life of a link made
/// for no meeting (or of every link when <see cref="UntilRectificationEnds"/> is false).
/// </summary>
public sealed class InvitationOptions
{
    public const string SectionName = "Invitations";
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(14);
    public static readonly TimeSpan DefaultRectificationPeriod = TimeSpan.FromDays(180);
    public static readonly TimeSpan DefaultGrace = TimeSpan.FromDays(7);

    [Range(typeof(TimeSpan), "00:05:00", "365.00:00:00")]
    public TimeSpan Lifetime { get; set; } = DefaultLifetime;

    public bool UntilRectificationEnds { get; set; } = true;

    [Range(typeof(TimeSpan), "1.00:00:00", "730.00:00:00")]
    public TimeSpan RectificationPeriod { get; set; } = DefaultRectificationPeriod;

    [Range(typeof(TimeSpan), "00:00:00", "90.00:00:00")]
    public TimeSpan Grace { get; set; } = DefaultGrace;
}
