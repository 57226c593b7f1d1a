using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Coordination.Reminders.Deliveries;

/// <summary>
/// Who is told when reminders cannot do their work (a fan-out stalled, people who cannot be reached): the meeting's
/// secretaries, who keep the roster and can reach people another way. Members are never told about each other.
/// </summary>
public static class DeliveryTroubleRecipients
{
    public static IReadOnlyList<Participant> Of(Meeting meeting) => [.. meeting.With(Role.Secretary)];
}
