namespace MeetingBot.Coordination.MeetingRecords;

/// <summary>
/// One recorded speech. Entries are only ever added: a correction is a later entry for the same member, kind and
/// critic, which the views read as current while the earlier one stays in the minutes.
/// </summary>
/// <param name="MemberId">Whose turn it was: the one criticising himself, being criticised or responding.</param>
/// <param name="FromId">For criticism: the member who raised it.</param>
public sealed record MinutesEntry(int Number, string MemberId, SpeechKind Kind, string? FromId, string Text, DateTimeOffset RecordedAt, string RecordedBy);
