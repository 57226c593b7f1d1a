using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Talks;

/// <summary>Checks shared by the talk commands: a participant of an open meeting, one of the two parties, a planned pair.</summary>
internal static class TalkRecording
{
    public static Failure? Check(Meeting meeting, ProcessTemplate template, Actor actor, TalkPairKey pair, long expectedVersion, long actualVersion)
    {
        if ((Access.AsParticipant(meeting, actor) ?? Access.WhileOpen(meeting)) is { } refusal)
        {
            return refusal;
        }

        if (!pair.Includes(actor.UserId))
        {
            return Failure.Forbidden(FailureCodes.NotAParty);
        }

        if (!TalkPlan.For(meeting, template).Contains(pair))
        {
            return Failure.NotFound(FailureCodes.PairNotInPlan, ("one", meeting.NameOf(pair.First)), ("other", meeting.NameOf(pair.Second)));
        }

        return Access.AtVersion(expectedVersion, actualVersion);
    }

    public static AuditEntry Entry(TalkRecord record, long version, DateTimeOffset now, Actor actor, string action, string? detail) =>
        new(version, now, actor.UserId, action, record.Id.ToString(), detail);
}
