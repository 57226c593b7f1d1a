using System.Text.Json.Serialization;
using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Coordination.MeetingRecords;

/// <summary>
/// The minutes of the meeting (会议记录), one document under <see cref="DocumentId.Minutes"/> written only by the
/// secretary as the meeting goes. Every recorded speech is kept (<see cref="Entries"/>); <see cref="Of"/> gives
/// each member's current record in the run sheet's order.
/// </summary>
public sealed record MeetingMinutes(
    string MeetingId,
    IReadOnlyList<MinutesEntry> Entries,
    long Version,
    IReadOnlyList<AuditEntry> History,
    IReadOnlyList<SignInRecord>? SignIns = null,
    IReadOnlyList<Excusal>? Excusals = null)
{
    /// <summary>Who signed in on the day (签到), each once, in the order they came.</summary>
    public IReadOnlyList<SignInRecord> SignIns { get; init; } = SignIns ?? [];

    /// <summary>Who the office excused and why (请假); the latest per person counts.</summary>
    public IReadOnlyList<Excusal> Excusals { get; init; } = Excusals ?? [];

    public IReadOnlyList<MinutesEntry> Entries { get; init; } = Entries ?? [];

    public IReadOnlyList<AuditEntry> History { get; init; } = History ?? [];

    /// <summary>Which document it is; where it is stored is the repository's business, so it is never written into the document.</summary>
    [JsonIgnore]
    public DocumentId Id => DocumentId.Minutes(MeetingId);

    /// <summary>The collective self-examination as last recorded.</summary>
    public string? CollectiveExamination => Entries.LastOrDefault(e => e.Kind == SpeechKind.CollectiveExamination)?.Text;

    /// <summary>Every member's current record, in roster order (the lead first), members with nothing recorded included.</summary>
    public IReadOnlyList<MemberMinutes> Of(Meeting meeting) =>
        [.. meeting.Members.Select(m => ForMember(meeting, m.UserId))];

    public MemberMinutes ForMember(Meeting meeting, string memberId)
    {
        var own = Entries.Where(e => e.MemberId == memberId).ToList();
        var criticisms = own.Where(e => e.Kind == SpeechKind.Criticism)
            .GroupBy(e => e.FromId!, StringComparer.Ordinal)
            .Select(g => g.Last())
            .OrderBy(e => e.Number)
            .Select(e => new ReceivedCriticism(e.FromId!, meeting.NameOf(e.FromId!), e.Text));
        return new MemberMinutes(memberId, meeting.NameOf(memberId), own.LastOrDefault(e => e.Kind == SpeechKind.SelfCriticism)?.Text,
            [.. criticisms], own.LastOrDefault(e => e.Kind == SpeechKind.Response)?.Text);
    }

    internal static MeetingMinutes New(string meetingId) => new(meetingId, [], 0, []);

    internal MeetingMinutes Changed(Actor actor, DateTimeOffset now, string action, string? detail) =>
        this with
        {
            Version = Version + 1,
            History = [.. History, new AuditEntry(Version + 1, now, actor.UserId, action, Id.ToString(), detail)],
        };
}
