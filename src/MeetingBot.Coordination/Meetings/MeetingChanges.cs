using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Meetings;

/// <summary>
/// The common path of every change to the meeting document: the secretary's right, an open meeting and the
/// expected version are checked first; the change itself is then applied, the version bumped and the change
/// written to the audit trail. Each use case supplies only its own rule.
/// </summary>
internal static class MeetingChanges
{
    public static Outcome<Meeting> BySecretary(
        Meeting meeting, Actor actor, long expectedVersion, DateTimeOffset now, string action, string? detail,
        Func<Meeting, Outcome<Meeting>> change) =>
        Apply(meeting, Access.AsSecretary(meeting, actor), actor, expectedVersion, now, action, detail, change);

    public static Outcome<Meeting> Apply(
        Meeting meeting, Failure? refusal, Actor actor, long expectedVersion, DateTimeOffset now, string action, string? detail,
        Func<Meeting, Outcome<Meeting>> change)
    {
        if ((refusal ?? Access.WhileOpen(meeting) ?? Access.AtVersion(expectedVersion, meeting.Version)) is { } failure)
        {
            return failure;
        }

        var changed = change(meeting);
        if (!changed.IsSuccess)
        {
            return changed;
        }

        var version = meeting.Version + 1;
        var entry = new AuditEntry(version, now, actor.UserId, action, DocumentId.Meeting(meeting.Id).ToString(), detail);
        return changed.Value with { Version = version, Audit = [.. meeting.Audit, entry] };
    }

    public static Failure? SameTemplate(Meeting meeting, ProcessTemplate template) =>
        meeting.TemplateId == template.Id && meeting.TemplateVersion == template.Version
            ? null
            : Failure.Invalid(FailureCodes.TemplateMismatch, ("template", $"{template.Id}@{template.Version}"));

    /// <summary>A confirmed meeting whose date or roster changes must pass the readiness gate again.</summary>
    public static Meeting Unconfirmed(Meeting meeting) =>
        meeting.Status == MeetingStatus.Confirmed ? meeting with { Status = MeetingStatus.Preparing, Confirmation = null } : meeting;
}
