using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;

namespace MeetingBot.Coordination.Meetings;

/// <summary>
/// The secretary or the lead sends a notice (通知) to everyone else in the meeting. Nothing of the meeting changes but
/// its audit trail: who sent a notice, when, to how many, and how it began, as for the secretary's other actions.
/// </summary>
public sealed record SendNotice(long ExpectedVersion, string Text)
{
    // The trail says which notice it was, not the whole of it.
    private const int DetailLength = 60;

    /// <summary>Everyone in the meeting but the sender: he wrote it.</summary>
    public static IReadOnlyList<Participant> Recipients(Meeting meeting, Actor actor) =>
        [.. meeting.Participants.Where(p => p.UserId != actor.UserId)];

    public Outcome<Meeting> Decide(Meeting meeting, Actor actor, DateTimeOffset now)
    {
        var text = Text.Trim();
        var recipients = Recipients(meeting, actor).Count;
        var detail = $"{recipients}: {(text.Length > DetailLength ? text[..DetailLength] + "…" : text)}";
        return MeetingChanges.Apply(meeting, AsSecretaryOrLead(meeting, actor), actor, ExpectedVersion, now, AuditActions.NoticeSent, detail, current =>
            text.Length == 0 ? Failure.Invalid(FailureCodes.NoticeRequired)
            : recipients == 0 ? Failure.Invalid(FailureCodes.NoOneToNotify)
            : current);
    }

    // The office writes notices and the Party secretary may speak to his team; a member asks one of them.
    private static Failure? AsSecretaryOrLead(Meeting meeting, Actor actor) =>
        Access.AsSecretaryOrLead(meeting, actor) is { Code: FailureCodes.SecretaryOrLeadOnly } refusal
            ? refusal with { Code = FailureCodes.NoticeSecretaryOrLeadOnly }
            : Access.AsSecretaryOrLead(meeting, actor);
}
