namespace MeetingBot.Chat.Meetings.Questions;

/// <summary>
/// A question the bot put to one person in their own 1:1 chat, which a short answer (确认, 参加, 请假 理由, 修改 …)
/// may answer: of which meeting, of which kind (<see cref="OpenQuestionKinds"/>), about what (the talk partner's user
/// id, the returned item's document id, as text), how the bot names that (the partner's name, the item's reference 提纲7), and
/// until when a short answer counts. Its <paramref name="Id"/> is derived from kind, meeting and subject, so asking
/// the same thing again replaces the question rather than adding a second one.
/// </summary>
public sealed record OpenQuestion(
    string Id,
    string Kind,
    string MeetingId,
    string Subject,
    string SubjectName,
    DateTimeOffset AskedAt,
    DateTimeOffset ExpiresAt)
{
    /// <summary>However far the meeting is, a short answer weeks after the question is more likely about something else.</summary>
    public static readonly TimeSpan LongestOpen = TimeSpan.FromDays(30);

    /// <summary>A question asked once the meeting has begun (a report's return) stays open this long.</summary>
    public static readonly TimeSpan AfterTheMeeting = TimeSpan.FromDays(7);

    public static OpenQuestion Ask(string kind, string meetingId, string subject, string subjectName, DateTimeOffset now, DateTimeOffset meetingStartsAt) =>
        new($"{kind}/{meetingId}/{subject}", kind, meetingId, subject, subjectName, now, ExpiryFor(now, meetingStartsAt));

    /// <summary>
    /// Open until the meeting starts (what it asks is preparation for it), at most <see cref="LongestOpen"/>; a
    /// question asked after the start stays open for <see cref="AfterTheMeeting"/>.
    /// </summary>
    public static DateTimeOffset ExpiryFor(DateTimeOffset now, DateTimeOffset meetingStartsAt) =>
        meetingStartsAt > now
            ? (meetingStartsAt - now < LongestOpen ? meetingStartsAt : now + LongestOpen)
            : now + AfterTheMeeting;
}
