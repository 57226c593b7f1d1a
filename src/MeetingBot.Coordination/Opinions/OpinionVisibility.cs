using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Coordination.Opinions;

/// <summary>
/// Who may read an opinion (docs/architecture.md, privacy). The office (secretary), who sorts them, and the lead, who
/// reviews the materials that answer them, read all. An opinion addressed to one member, or assigned to him, is his
/// too — and nobody else's: not another member, not a supervisor, never a group reply. What is addressed to the team
/// the members read as well, since the collective material answers it together. The name a writer signed with is for
/// the office and the lead only (<see cref="SeesAll"/>): a member reads what was said about him, not who said it.
/// </summary>
public static class OpinionVisibility
{
    public static bool CanSee(Meeting meeting, Opinion opinion, string userId)
    {
        if (meeting.Holds(userId, Role.Secretary) || meeting.Holds(userId, Role.Lead))
        {
            return true;
        }

        if (opinion.AddressedTo == userId || opinion.AssigneeId == userId)
        {
            return true;
        }

        return opinion.AddressedTo is null && opinion.AssigneeId is null && meeting.Holds(userId, Role.Member);
    }

    /// <summary>Sees every opinion, and so may list and sort them.</summary>
    public static bool SeesAll(Meeting meeting, string userId) =>
        meeting.Holds(userId, Role.Secretary) || meeting.Holds(userId, Role.Lead);

    public static IReadOnlyList<Opinion> VisibleTo(Meeting meeting, OpinionCollection? collection, string userId) =>
        [.. (collection?.Opinions ?? []).Where(o => CanSee(meeting, o, userId))];

    /// <summary>The opinions the member answers, in number order: they stand in his problem list.</summary>
    public static IReadOnlyList<Opinion> AssignedTo(OpinionCollection? collection, string userId) =>
        [.. (collection?.Opinions ?? []).Where(o => o.IsForAnswer && o.AssigneeId == userId).OrderBy(o => o.Number)];
}
