using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Obligations;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Readiness;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Status;

/// <summary>The acting user's own list, for a participant only.</summary>
public static class PersonalTasks
{
    public static Outcome<PersonalTaskList> For(MeetingDossier dossier, ProcessTemplate template, Actor actor, DateTimeOffset now)
    {
        var meeting = dossier.Meeting;
        if (Access.AsParticipant(meeting, actor) is { } refusal)
        {
            return refusal;
        }

        var lines = StatusViews.LinesOf(actor.UserId, ObligationLedger.For(dossier, template), template, meeting, now);
        var disclosed = dossier.Submissions.Count(s => s.TargetId == actor.UserId && s.DisclosedAt is not null);
        var queue = meeting.Holds(actor.UserId, Role.Lead) ? ReviewQueue.For(dossier, template, actor).Value.Count : 0;
        return new PersonalTaskList(actor.UserId,
            [.. lines.Where(l => !l.IsComplete).OrderBy(l => l.Due ?? DateTimeOffset.MaxValue)],
            [.. lines.Where(l => l.IsComplete)],
            disclosed, queue);
    }
}
