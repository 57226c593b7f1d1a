using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Talks;

/// <summary>
/// Either party records a planned talk (the first time, or again after a dispute or before the other answered).
/// Each recording is a new version; a confirmed record is final.
/// </summary>
public sealed record RecordTalk(long ExpectedVersion, string OtherUserId, TalkNotes Notes)
{
    public Outcome<TalkRecord> Decide(Meeting meeting, ProcessTemplate template, TalkRecord? existing, Actor actor, DateTimeOffset now)
    {
        var pair = TalkPairKey.Of(actor.UserId, OtherUserId);
        if (TalkRecording.Check(meeting, template, actor, pair, ExpectedVersion, existing?.Version ?? 0) is { } refusal)
        {
            return refusal;
        }

        if (existing?.State == TalkState.Confirmed)
        {
            return Failure.Conflict(FailureCodes.TalkAlreadyConfirmed);
        }

        if (string.IsNullOrWhiteSpace(Notes.OpinionsGivenByRecorder) && string.IsNullOrWhiteSpace(Notes.OpinionsGivenByOther))
        {
            return Failure.Invalid(FailureCodes.Incomplete, ("field", "opinions"));
        }

        var record = existing ?? new TalkRecord(meeting.Id, pair, TalkState.Recorded, [], [], 0, []);
        var number = record.Versions.Count + 1;
        var version = record.Version + 1;
        return record with
        {
            State = TalkState.Recorded,
            Versions = [.. record.Versions, new TalkRecordVersion(number, actor.UserId, now, Notes)],
            Version = version,
            History = [.. record.History, TalkRecording.Entry(record, version, now, actor, AuditActions.TalkRecorded, $"v{number}")],
        };
    }
}
