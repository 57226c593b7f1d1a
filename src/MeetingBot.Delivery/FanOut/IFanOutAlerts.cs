using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Delivery.FanOut;

/// <summary>
/// How the fan-out tells people about its own trouble. Owned by the fan-out, implemented by the chat front (which
/// owns personal notices), so reminders never depend on the chat front. Whom to tell is
/// <see cref="Coordination.Reminders.Deliveries.DeliveryTroubleRecipients"/>.
/// </summary>
public interface IFanOutAlerts
{
    /// <summary>A run made no progress for too long (reported once per run).</summary>
    Task StalledAsync(Meeting meeting, FanOutRun run, CancellationToken cancellationToken);

    /// <summary>People who cannot be reached, not reported before (see <see cref="UnreachableReport"/>).</summary>
    Task UnreachableAsync(Meeting meeting, IReadOnlyList<string> userIds, CancellationToken cancellationToken);
}
