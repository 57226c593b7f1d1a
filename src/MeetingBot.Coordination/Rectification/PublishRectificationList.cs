using System.Globalization;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;

namespace MeetingBot.Coordination.Rectification;

/// <summary>
/// The secretary publishes the list (公示): every task so far becomes public on the board with its current status.
/// Publishing again after adding tasks makes the new ones public too; each publication is recorded.
/// </summary>
public sealed record PublishRectificationList(long ExpectedVersion)
{
    public Outcome<RectificationList> Decide(Meeting meeting, RectificationList? list, Actor actor, DateTimeOffset now)
    {
        var current = list ?? RectificationList.New(meeting.Id);
        if ((Access.AsSecretary(meeting, actor) ?? Access.AfterMeeting(meeting) ?? Access.AtVersion(ExpectedVersion, current.Version)) is { } refusal)
        {
            return refusal;
        }

        if (current.Tasks.Count == 0)
        {
            return Failure.Conflict(FailureCodes.NoTasks);
        }

        var publication = new RectificationPublication(now, actor.UserId, [.. current.Tasks.Select(t => t.Number)]);
        return (current with { Publications = [.. current.Publications, publication] })
            .Changed(actor, now, AuditActions.ListPublished, current.Tasks.Count.ToString(CultureInfo.InvariantCulture));
    }
}
