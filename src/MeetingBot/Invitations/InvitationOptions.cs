using System.ComponentModel.DataAnnotations;

namespace MeetingBot.Invitations;

/// <summary>Section <c>Invitations</c>: how long a personal invitation link to the web chat stays valid.</summary>
public sealed class InvitationOptions
{
    public const string SectionName = "Invitations";
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(14);

    [Range(typeof(TimeSpan), "00:05:00", "365.00:00:00")]
    public TimeSpan Lifetime { get; set; } = DefaultLifetime;
}
