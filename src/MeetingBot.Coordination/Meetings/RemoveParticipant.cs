using MeetingBot.Coordination.Outcomes;

namespace MeetingBot.Coordination.Meetings;

/// <summary>
/// The secretary removes someone. What they already handed in stays stored (nothing is deleted); it simply no
/// longer counts, and nobody owes them outlines or talks any more.
/// </summary>
/// <param name="Name">How the person is shown in a refusal (someone not on the roster has no name in the meeting).</param>
public sealed record RemoveParticipant(long ExpectedVersion, string UserId, string? Name = null)
{
    public Outcome<Meeting> Decide(Meeting meeting, Actor actor, DateTimeOffset now) =>
        MeetingChanges.BySecretary(meeting, actor, ExpectedVersion, now, AuditActions.ParticipantRemoved, UserId, current =>
        {
            if (current.Find(UserId) is null)
            {
                return Failure.NotFound(FailureCodes.ParticipantNotFound, ("name", Name ?? UserId));
            }

            var roster = current.Participants
                .Where(p => p.UserId != UserId)
                .Select(p => p with { OverseenDepartmentHeads = [.. p.OverseenDepartmentHeads.Where(h => h != UserId)] });
            var changed = RosterChange.With(current, roster);
            if (!changed.IsSuccess)
            {
                return changed;
            }

            // The secretary's own adjustments to the talk plan go with the person.
            return changed.Value with
            {
                AddedTalkPairs = [.. changed.Value.AddedTalkPairs.Where(p => !p.Includes(UserId))],
                DroppedTalkPairs = [.. changed.Value.DroppedTalkPairs.Where(p => !p.Includes(UserId))],
            };
        });
}
