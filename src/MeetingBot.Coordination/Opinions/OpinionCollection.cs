using System.Text.Json.Serialization;
using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Coordination.Opinions;

/// <summary>
/// A meeting's opinions (征求意见), one document under <see cref="DocumentId.Opinions"/>: whether the office has the collection open
/// (and, apart, the collective material out for opinion 在一定范围内), every opinion received or recorded, and the
/// trail of who opened, sorted and answered. The public form writes here too; <see cref="MaxOpinions"/> bounds it.
/// </summary>
public sealed record OpinionCollection(
    string MeetingId,
    bool IsOpen,
    bool MaterialIsOpen,
    IReadOnlyList<Opinion> Opinions,
    long Version,
    IReadOnlyList<AuditEntry> History)
{
    /// <summary>More than any real collection gets, few enough that a flood stops here whatever gets past the form's limits.</summary>
    public const int MaxOpinions = 500;

    public const int MaxTextLength = 1000;

    public const int MaxNameLength = 30;

    public const int MaxNoteLength = 1000;

    /// <summary>The actor id the trail gives the public form (whoever wrote there is not a known person).</summary>
    public const string PublicForm = "public-form";

    public IReadOnlyList<Opinion> Opinions { get; init; } = Opinions ?? [];

    public IReadOnlyList<AuditEntry> History { get; init; } = History ?? [];

    /// <summary>Which document it is; where it is stored is the repository's business, so it is never written into the document.</summary>
    [JsonIgnore]
    public DocumentId Id => DocumentId.Opinions(MeetingId);

    public static OpinionCollection New(string meetingId) => new(meetingId, false, false, [], 0, []);

    public Opinion? Find(int number) => Opinions.FirstOrDefault(o => o.Number == number);

    /// <summary>Whether the form may take an opinion now, on the meeting or on the collective material.</summary>
    public bool Accepts(bool onMaterial) => onMaterial ? MaterialIsOpen : IsOpen;

    internal int NextNumber => Opinions.Count == 0 ? 1 : Opinions.Max(o => o.Number) + 1;

    internal OpinionCollection Changed(string actorId, DateTimeOffset now, string action, string? detail) =>
        this with
        {
            Version = Version + 1,
            History = [.. History, new AuditEntry(Version + 1, now, actorId, action, Id.ToString(), detail)],
        };

    internal OpinionCollection Replacing(Opinion opinion) =>
        this with { Opinions = [.. Opinions.Select(o => o.Number == opinion.Number ? opinion : o)] };
}
