using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Talks;

/// <summary>The party who did not record the talk confirms the record, or disputes it with a note.</summary>
public sealed record AnswerTalkRecord(long ExpectedVersion, string OtherUserId, bool Confirm, string? Note)
{
    public Outcome<TalkRecord> Decide(Meeting meeting, ProcessTemplate template, TalkRecord? record, Actor actor, DateTimeOffset now)
    {
        var pair = TalkPairKey.Of(actor.UserId, OtherUserId);
        if (record is null)
        {
            return TalkRecording.Check(meeting, template, actor, pair, ExpectedVersion, ExpectedVersion)
                ?? Failure.NotFound(FailureCodes.TalkRecordNotFound);
        }

        if (TalkRecording.Check(meeting, template, actor, pair, ExpectedVersion, record.Version) is { } refusal)
        {
            return refusal;
        }

        if (record.State != TalkState.Recorded)
        {
            return Failure.Conflict(record.State == TalkState.Confirmed ? FailureCodes.TalkAlreadyConfirmed : FailureCodes.TalkNotAwaitingConfirmation);
        }

        if (record.AwaitedFrom != actor.UserId)
        {
            return Access.Refuse(meeting, FailureCodes.OtherPartyConfirms, ("other", meeting.NameOf(record.AwaitedFrom)));
        }

        if (!Confirm && string.IsNullOrWhiteSpace(Note))
        {
            return Failure.Invalid(FailureCodes.CommentRequired);
        }

        var version = record.Version + 1;
        var action = Confirm ? AuditActions.TalkConfirmed : AuditActions.TalkDisputed;
        return record with
        {
            State = Confirm ? TalkState.Confirmed : TalkState.Disputed,
            Answers = [.. record.Answers, new TalkAnswer(record.Latest.Number, actor.UserId, now, Confirm, Note?.Trim())],
            Version = version,
            History = [.. record.History, TalkRecording.Entry(record, version, now, actor, action, $"v{record.Latest.Number}")],
        };
    }
}
