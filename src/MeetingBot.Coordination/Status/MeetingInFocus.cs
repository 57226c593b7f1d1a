using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Coordination.Status;

/// <summary>
/// Which of a person's meetings a 1:1 command is about when he has not chosen one: the meeting where his nearest
/// pending obligation falls due (the one he most needs to act on), else the newest open one. A newer meeting (a test,
/// next year's) no longer hides the one whose deadline is this week. A choice he made himself (切换会议) wins while
/// that meeting is open.
/// </summary>
public static class MeetingInFocus
{
    /// <param name="candidates">His meetings, oldest set up first.</param>
    /// <param name="chosenId">The meeting he switched to, if any.</param>
    public static string? Choose(IReadOnlyList<MeetingCandidate> candidates, string userId, string? chosenId, DateTimeOffset now)
    {
        if (candidates.Count == 0)
        {
            return null;
        }

        var open = candidates.Where(c => IsOpen(c.Dossier.Meeting)).ToList();
        if (chosenId is not null && open.Any(c => c.Dossier.Meeting.Id == chosenId))
        {
            return chosenId;
        }

        var nearest = open
            .Select((c, i) => (c.Dossier.Meeting.Id, Order: i, Due: NearestDue(c, userId, now)))
            .Where(x => x.Due is not null)
            .OrderBy(x => x.Due)
            .ThenByDescending(x => x.Order)
            .FirstOrDefault();
        if (nearest.Id is not null)
        {
            return nearest.Id;
        }

        return (open.Count > 0 ? open[^1] : candidates[^1]).Dossier.Meeting.Id;
    }

    /// <summary>A meeting that has not ended: cancelled is the end; held meetings still have reports and rectification.</summary>
    public static bool IsOpen(Meeting meeting) => meeting.Status != MeetingStatus.Cancelled;

    private static DateTimeOffset? NearestDue(MeetingCandidate candidate, string userId, DateTimeOffset now)
    {
        var meeting = candidate.Dossier.Meeting;
        var tasks = PersonalTasks.For(candidate.Dossier, candidate.Template, new Actor(userId, meeting.NameOf(userId), meeting.TenantId), now);
        return tasks.IsSuccess ? tasks.Value.Open.Where(l => l.Due is not null).Min(l => l.Due) : null;
    }
}
