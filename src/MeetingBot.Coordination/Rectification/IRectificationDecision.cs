using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;

namespace MeetingBot.Coordination.Rectification;

/// <summary>A change to the rectification list, decided against the list as stored: the new list or why not.</summary>
public interface IRectificationDecision
{
    Outcome<RectificationList> Decide(Meeting meeting, RectificationList? list, Actor actor, DateTimeOffset now);
}
