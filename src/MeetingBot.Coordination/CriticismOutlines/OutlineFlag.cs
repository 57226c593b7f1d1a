using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.CriticismOutlines;

/// <summary>
/// One finding of the pre-review, typed for the front and worded for people. Flags never block submission: the
/// author may revise or submit anyway, and the lead sees them beside the outline.
/// </summary>
/// <param name="PointNumber">The 1-based point it concerns, if it concerns one.</param>
public sealed record OutlineFlag(OutlineFlagCode Code, int? PointNumber, string? AspectId, string? Phrase, BilingualText Text) : IPreReviewFlag;
