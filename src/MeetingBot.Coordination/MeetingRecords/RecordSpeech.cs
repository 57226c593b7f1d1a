using System.Globalization;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;

namespace MeetingBot.Coordination.MeetingRecords;

/// <summary>
/// The secretary records one speech in the minutes: the lead's collective self-examination, a member's
/// self-criticism, criticism he received from another member, or his response. Only once the meeting is confirmed
/// and has begun; corrections stay possible while the report is being written.
/// </summary>
/// <param name="MemberId">Whose turn: for criticism, the member criticised.</param>
/// <param name="FromId">For criticism only: the member who raised it.</param>
public sealed record RecordSpeech(long ExpectedVersion, string MemberId, SpeechKind Kind, string? FromId, string Text)
{
    public Outcome<MeetingMinutes> Decide(Meeting meeting, MeetingMinutes? minutes, Actor actor, DateTimeOffset now)
    {
        var current = minutes ?? MeetingMinutes.New(meeting.Id);
        if ((Access.AsSecretary(meeting, actor) ?? Access.AfterConfirmation(meeting) ?? Begun(meeting, now)
            ?? Access.AtVersion(ExpectedVersion, current.Version) ?? Check(meeting)) is { } refusal)
        {
            return refusal;
        }

        var entry = new MinutesEntry(current.Entries.Count + 1, MemberId, Kind, Kind == SpeechKind.Criticism ? FromId : null, Text.Trim(), now, actor.UserId);
        var version = current.Version + 1;
        var detail = Kind == SpeechKind.Criticism ? $"{Kind}:{MemberId}<{FromId}" : $"{Kind}:{MemberId}";
        return current with
        {
            Entries = [.. current.Entries, entry],
            Version = version,
            History = [.. current.History, new AuditEntry(version, now, actor.UserId, AuditActions.SpeechRecorded, current.Id.ToString(), detail)],
        };
    }

    /// <summary>Minutes are of a meeting that has begun: a refusal before its start names the start.</summary>
    internal static Failure? Begun(Meeting meeting, DateTimeOffset now) =>
        now >= meeting.StartsAt
            ? null
            : Failure.Conflict(FailureCodes.NotStarted, ("start", meeting.LocalStart.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)));

    private Failure? Check(Meeting meeting)
    {
        if (!meeting.Holds(MemberId, Role.Member))
        {
            return Failure.Invalid(FailureCodes.NotAMember, ("name", meeting.NameOf(MemberId)));
        }

        if (string.IsNullOrWhiteSpace(Text))
        {
            return Failure.Invalid(FailureCodes.SpeechRequired);
        }

        return Kind switch
        {
            SpeechKind.CollectiveExamination when !meeting.Holds(MemberId, Role.Lead) => Failure.Invalid(FailureCodes.CollectiveIsLeads),
            SpeechKind.Criticism when string.IsNullOrWhiteSpace(FromId) => Failure.Invalid(FailureCodes.CriticRequired),
            SpeechKind.Criticism when FromId == MemberId => Failure.Invalid(FailureCodes.CriticIsSelf),
            SpeechKind.Criticism when !meeting.Holds(FromId!, Role.Member) => Failure.Invalid(FailureCodes.NotAMember, ("name", meeting.NameOf(FromId!))),
            _ => null,
        };
    }
}
