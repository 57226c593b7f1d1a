using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.SelfExaminations;

/// <summary>
/// One finding of the material pre-review, saying what to add. Flags never block submission: the author may revise
/// or submit anyway, and the lead sees them on the review item.
/// </summary>
/// <param name="CategoryId">The category it concerns, if one.</param>
/// <param name="ProblemNumber">The 1-based item of the author's problem list it concerns, if one.</param>
public sealed record MaterialFlag(MaterialFlagCode Code, string? CategoryId, int? ProblemNumber, BilingualText Text) : IPreReviewFlag
{
    /// <summary>The number of the assigned opinion (意见5) it concerns, if one.</summary>
    public int? OpinionNumber { get; init; }
}
