using System.Text.Json.Serialization;
using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Coordination.Reviews;

/// <summary>
/// The numbers already issued for a meeting's review references, per series: one small document under
/// <see cref="DocumentId.ReviewReferences"/>, written with its ETag so two hand-ins at once never get the same
/// number. A number is never issued twice, even if the item it was issued for is later withdrawn.
/// </summary>
public sealed record ReviewReferenceBook(string MeetingId, IReadOnlyDictionary<string, int> LastIssued, long Version)
{
    public IReadOnlyDictionary<string, int> LastIssued { get; init; } = LastIssued ?? new Dictionary<string, int>();

    /// <summary>Which document it is; where it is stored is the repository's business, so it is never written into the document.</summary>
    [JsonIgnore]
    public DocumentId Id => DocumentId.ReviewReferences(MeetingId);

    public static ReviewReferenceBook New(string meetingId) => new(meetingId, new Dictionary<string, int>(), 0);

    /// <summary>The book with the next number of <paramref name="series"/> issued; read it back with <see cref="LastOf"/>.</summary>
    public ReviewReferenceBook Issue(string series) => this with
    {
        LastIssued = new Dictionary<string, int>(LastIssued, StringComparer.Ordinal) { [series] = LastIssued.GetValueOrDefault(series) + 1 },
        Version = Version + 1,
    };

    public ReviewReference LastOf(string series) => new(series, LastIssued.GetValueOrDefault(series));
}
