using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;

namespace MeetingBot.Coordination.People;

/// <summary>
/// Who may see which unit's meetings. A meeting belongs to one unit (<see cref="Meeting.Unit"/>). Its participants
/// take part in it as before; beyond them, the people of that unit see it in lists, and an overseer (上级党委 /
/// 组织部, <see cref="OrganisationRole.Overseer"/>) sees the progress of every meeting of his own unit and of every
/// unit below it — never of a sibling branch or of the unit above. Administrators keep the directory; they see no
/// meeting by that role. Anyone not in the directory sees nothing.
/// </summary>
public static class UnitScope
{
    /// <summary>
    /// The unit a meeting belongs to: the one it was set up for, or for a meeting set up before units existed, the
    /// unit its secretary (the organiser who set it up) has in the directory.
    /// </summary>
    public static string? UnitOf(Meeting meeting, PeopleDirectory directory) =>
        UnitPath.Normalise(meeting.Unit)
        ?? meeting.With(Role.Secretary).Select(s => UnitPath.Normalise(directory.FindWebChatUser(s.UserId)?.Unit)).FirstOrDefault(u => u is not null);

    /// <summary>The unit a person oversees (his own unit), or null when he holds no overseer role or has no unit.</summary>
    public static string? OverseenBy(PeopleDirectory directory, DirectoryPerson? viewer) =>
        viewer is not null && directory.Find(viewer.Id) is { } known && known.Holds(OrganisationRole.Overseer)
            ? UnitPath.Normalise(known.Unit)
            : null;

    /// <summary>Whether the person may see the meetings of <paramref name="unit"/> in lists: his own unit, or one he oversees.</summary>
    public static bool MaySee(PeopleDirectory directory, DirectoryPerson? viewer, string? unit)
    {
        if (viewer is null || directory.Find(viewer.Id) is not { } known || UnitPath.Normalise(unit) is not { } path)
        {
            return false;
        }

        return UnitPath.Same(known.Unit, path) || UnitPath.IsAtOrBelow(path, OverseenBy(directory, known));
    }

    /// <summary>Whether the person may see this meeting: a participant always, otherwise by its unit.</summary>
    public static bool MaySee(PeopleDirectory directory, DirectoryPerson? viewer, Meeting meeting) =>
        viewer is not null
        && directory.Find(viewer.Id) is { } known
        && (meeting.Find(known.WebChatUserId) is not null || MaySee(directory, known, UnitOf(meeting, directory)));

    /// <summary>The superior's view (各单位进度): only an overseer, and when a unit is named, only one at or below his.</summary>
    public static Failure? MayOversee(PeopleDirectory directory, DirectoryPerson? viewer, string? unit = null)
    {
        if (OverseenBy(directory, viewer) is not { } scope)
        {
            return Failure.Forbidden(FailureCodes.OverseerOnly, ("administrators", DirectoryChanges.AdministratorNames(directory)));
        }

        return unit is null || UnitPath.IsAtOrBelow(unit, scope)
            ? null
            : Failure.Forbidden(FailureCodes.UnitNotOverseen, ("unit", UnitPath.Normalise(unit) ?? unit), ("scope", scope));
    }
}
