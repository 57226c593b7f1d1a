using MeetingBot.Coordination.Outcomes;

namespace MeetingBot.Coordination.Meetings;

/// <summary>
/// The shared end of every roster change: normalise, check the roster rules and, for a confirmed meeting, ask
/// for the readiness gate again (a new member owes outlines and talks the others have not yet given).
/// </summary>
internal static class RosterChange
{
    public static Outcome<Meeting> With(Meeting meeting, IEnumerable<Participant> participants)
    {
        List<Participant> roster = [.. participants.Select(RosterRules.Normalise)];
        if (RosterRules.Check(roster) is { } invalid)
        {
            return invalid;
        }

        return MeetingChanges.Unconfirmed(meeting) with { Participants = roster };
    }
}
