using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Rectification;

namespace MeetingBot.WebChannel;

/// <summary>Until when a new invitation stands (see <see cref="InvitationOptions"/>).</summary>
public static class InvitationLifetime
{
    /// <param name="dossier">The meeting the invitation is for, read whole (its rectification list counts); null for none.</param>
    public static DateTimeOffset ExpiryOf(InvitationOptions options, MeetingDossier? dossier, DateTimeOffset now)
    {
        var floor = now + options.Lifetime;
        if (dossier is null || !options.UntilRectificationEnds)
        {
            return floor;
        }

        var end = RectificationPeriod.EndOf(dossier, options.RectificationPeriod) + options.Grace;
        return end > floor ? end : floor;
    }
}
