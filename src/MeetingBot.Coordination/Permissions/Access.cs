using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;

namespace MeetingBot.Coordination.Permissions;

/// <summary>
/// Who may act on a meeting, as refusals rather than exceptions (null means allowed). Roles are the meeting's
/// own: a secretary of one meeting is nobody in another, and a user of another tenant is nobody anywhere.
/// </summary>
public static class Access
{
    public static Failure? AsParticipant(Meeting meeting, Actor actor)
    {
        if (!string.Equals(meeting.TenantId, actor.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            return Failure.Forbidden(FailureCodes.OtherTenant);
        }

        return meeting.Find(actor.UserId) is null ? Failure.Forbidden(FailureCodes.NotAParticipant) : null;
    }

    /// <summary>
    /// An item named by its key (a card's button, a link): it must belong to <paramref name="meeting"/>, the one the
    /// turn is about, and the actor must take part in it. Any mismatch reads as "no such item", so a key copied from
    /// another meeting tells nothing about it. The decision itself then checks the actor's right (lead, author…).
    /// </summary>
    public static Failure? ToItemOf(Meeting meeting, string itemMeetingId, Actor actor) =>
        itemMeetingId != meeting.Id ? Failure.NotFound(FailureCodes.SubmissionNotFound) : AsParticipant(meeting, actor);

    /// <summary>Setting up and changing the meeting: the secretary only.</summary>
    public static Failure? AsSecretary(Meeting meeting, Actor actor) =>
        AsRole(meeting, actor, FailureCodes.SecretaryOnly, Role.Secretary);

    /// <summary>Reviewing and overriding: the lead only.</summary>
    public static Failure? AsLead(Meeting meeting, Actor actor) =>
        AsRole(meeting, actor, FailureCodes.LeadOnly, Role.Lead);

    /// <summary>Confirming a ready meeting: the secretary or the lead.</summary>
    public static Failure? AsSecretaryOrLead(Meeting meeting, Actor actor) =>
        AsRole(meeting, actor, FailureCodes.SecretaryOrLeadOnly, Role.Secretary, Role.Lead);

    /// <summary>Reviewing the special report: the supervisors (督导组) only.</summary>
    public static Failure? AsSupervisor(Meeting meeting, Actor actor) =>
        AsRole(meeting, actor, FailureCodes.SupervisorOnly, Role.Supervisor);

    /// <summary>Minutes, the report and rectification come after the meeting was confirmed; a refusal says which step is missing.</summary>
    public static Failure? AfterConfirmation(Meeting meeting) => meeting.Status switch
    {
        MeetingStatus.Cancelled => Failure.Conflict(FailureCodes.MeetingCancelled),
        MeetingStatus.Preparing => Failure.Conflict(FailureCodes.NotConfirmed),
        _ => null,
    };

    /// <summary>The report and rectification follow the held meeting.</summary>
    public static Failure? AfterMeeting(Meeting meeting) =>
        AfterConfirmation(meeting) ?? (meeting.Status == MeetingStatus.Reporting ? null : Failure.Conflict(FailureCodes.NotHeld));

    private static Failure? AsRole(Meeting meeting, Actor actor, string code, params Role[] roles)
    {
        if (AsParticipant(meeting, actor) is { } refusal)
        {
            return refusal;
        }

        return roles.Any(role => meeting.Holds(actor.UserId, role)) ? null : Refuse(meeting, code);
    }

    /// <summary>
    /// A participant's refusal that names whom to ask: the meeting's secretaries and its lead, from the roster every
    /// participant sees anyway. Never for someone outside the meeting (the roster is not theirs to read).
    /// </summary>
    public static Failure Refuse(Meeting meeting, string code, params (string Key, string Value)[] data) =>
        Failure.Forbidden(code, [.. WhomToAsk(meeting), .. data]);

    private static (string Key, string Value)[] WhomToAsk(Meeting meeting)
    {
        var secretaries = meeting.With(Role.Secretary).Select(p => p.Name).ToList();
        var lead = meeting.With(Role.Lead).Select(p => p.Name).FirstOrDefault();
        return
        [
            .. secretaries.Count == 0 ? [] : new[] { ("secretary", string.Join("、", secretaries)), ("secretary:en", string.Join(", ", secretaries)) },
            .. lead is null ? [] : new[] { ("lead", lead) },
        ];
    }

    /// <summary>A change to anything of a cancelled meeting is refused, whoever asks.</summary>
    public static Failure? WhileOpen(Meeting meeting) =>
        meeting.Status == MeetingStatus.Cancelled ? Failure.Conflict(FailureCodes.MeetingCancelled) : null;

    public static Failure? AtVersion(long expected, long actual) =>
        expected == actual ? null : Failure.StaleVersion(expected, actual);
}
