using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Submissions.Contents;

/// <summary>
/// A self-examination material (对照检查材料), own or collective: problems with typical cases, root causes
/// (世界观、人生观、价值观), the direction of effort and concrete measures — or an uploaded document instead.
/// </summary>
public sealed record ExaminationMaterial(
    IReadOnlyList<ExaminedProblem> Problems,
    string? RootCauses,
    string? Direction,
    IReadOnlyList<string> Measures,
    UploadedDocument? Document) : SubmissionContent
{
    public IReadOnlyList<ExaminedProblem> Problems { get; init; } = Problems ?? [];

    public IReadOnlyList<string> Measures { get; init; } = Measures ?? [];

    public override DeliverableKind Kind => DeliverableKind.SelfExamination;

    public static ExaminationMaterial FromDocument(UploadedDocument document) => new([], null, null, [], document);
}
