using MeetingBot.Coordination.CriticismOutlines;
using MeetingBot.Coordination.Opinions;
using MeetingBot.Coordination.SelfExaminations;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Reviews;

/// <summary>
/// The pre-review a content gets under its deliverable's rules: an outline's (<see cref="OutlinePreReview"/>), or a
/// self-examination material's against the author's problem list (<see cref="MaterialPreReview"/>). The same flags
/// reach the author before he submits and the lead beside the item; they never block.
/// </summary>
public static class PreReview
{
    /// <param name="assignedOpinions">The opinions assigned to the author, which his material answers too.</param>
    public static IReadOnlyList<IPreReviewFlag> Of(
        SubmissionContent? content, DeliverableDefinition? deliverable, ProcessTemplate template, ProblemList? problemList, IReadOnlyList<Opinion>? assignedOpinions = null) =>
        content switch
        {
            CriticismOutline outline when deliverable?.PreReview is { } rules => OutlinePreReview.Check(outline, rules, template.Aspects),
            ExaminationMaterial material when deliverable?.MaterialReview is { } rules => MaterialPreReview.Check(material, problemList, rules, template, assignedOpinions),
            _ => [],
        };

    /// <summary>Whether the deliverable has a pre-review at all (so "nothing to flag" is worth saying).</summary>
    public static bool Applies(SubmissionContent? content, DeliverableDefinition? deliverable) =>
        (content is CriticismOutline && deliverable?.PreReview is not null) || (content is ExaminationMaterial && deliverable?.MaterialReview is not null);
}
