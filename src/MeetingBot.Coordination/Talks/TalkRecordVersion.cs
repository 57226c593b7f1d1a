namespace MeetingBot.Coordination.Talks;

/// <summary>One recording of a talk; a disputed record is recorded again as a new version, never overwritten.</summary>
public sealed record TalkRecordVersion(int Number, string RecordedBy, DateTimeOffset RecordedAt, TalkNotes Notes);
