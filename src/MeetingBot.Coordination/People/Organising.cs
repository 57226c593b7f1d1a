using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;

namespace MeetingBot.Coordination.People;

/// <summary>
/// Who may set meetings up and hand out web chat invitations. The person is the directory entry the channel's
/// authentication vouched for (null when the channel vouched for nobody the directory knows): never a typed name.
/// </summary>
public static class Organising
{
    /// <summary>新建会议: organisers (and administrators, who can make themselves organisers anyway).</summary>
    public static Failure? MaySetUpMeetings(PeopleDirectory directory, DirectoryPerson? person) =>
        person is not null && directory.Find(person.Id) is { } known
            && (known.Holds(OrganisationRole.Organiser) || known.Holds(OrganisationRole.Administrator))
            ? null
            : Failure.Forbidden(FailureCodes.OrganiserOnly, ("administrators", DirectoryChanges.AdministratorNames(directory)));

    /// <summary>
    /// An invitation for <paramref name="invitee"/>, for <paramref name="meeting"/> (null: none yet, such as the
    /// secretary who will set one up). <paramref name="issuer"/> is the acting person, or null for the service itself
    /// (the command line run by whoever operates the server). A meeting's secretary invites its participants; an
    /// administrator anyone; but an invitation never reaches into a meeting its person is not in.
    /// </summary>
    public static Failure? MayInvite(PeopleDirectory directory, DirectoryPerson? issuer, DirectoryPerson invitee, Meeting? meeting)
    {
        if (directory.Find(invitee.Id) is null)
        {
            return Failure.NotFound(FailureCodes.PersonNotFound, ("name", invitee.Label));
        }

        if (meeting is not null && meeting.Find(invitee.WebChatUserId) is null)
        {
            return Failure.NotFound(FailureCodes.ParticipantNotFound, ("name", invitee.Label));
        }

        if (issuer is null || directory.Find(issuer.Id)?.Holds(OrganisationRole.Administrator) == true)
        {
            return null;
        }

        return meeting is not null && meeting.Holds(issuer.WebChatUserId, Role.Secretary)
            ? null
            : Failure.Forbidden(FailureCodes.SecretaryOnly);
    }
}
