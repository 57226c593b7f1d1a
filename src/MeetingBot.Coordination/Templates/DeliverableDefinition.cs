using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Templates;

/// <summary>Something a role owes before the meeting, with its deadline and reminders.</summary>
/// <param name="Id">The template's name for it; submissions are keyed by it.</param>
/// <param name="Kind">The content shape and how many are owed.</param>
/// <param name="PhaseId">The phase it belongs to.</param>
/// <param name="Owner">The role that owes it (ignored for talk records: either party of a pair records).</param>
/// <param name="RequiresApproval">Whether the lead must approve it (审阅把关).</param>
/// <param name="Deadline">Relative to the meeting's start.</param>
/// <param name="Reminders">The template's defaults merged with this deliverable's own settings.</param>
/// <param name="PreReview">Outline checks; only for criticism outlines.</param>
public sealed record DeliverableDefinition(
    string Id,
    DeliverableKind Kind,
    string PhaseId,
    Role Owner,
    bool RequiresApproval,
    DeadlineOffset Deadline,
    ReminderPolicy Reminders,
    BilingualText Name,
    BilingualText Description,
    OutlineRules? PreReview)
{
    /// <summary>Self-examination checks (the three 明确); only for self-examination materials.</summary>
    public MaterialRules? MaterialReview { get; init; }

    /// <summary>Who reviews whose items (<c>reviewers:</c>); empty means the lead reviews every item (审阅把关).</summary>
    public IReadOnlyList<ReviewerRule> ReviewerRules { get; init; } = [];

    /// <summary>
    /// What "done" means when the readiness rules do not say: a talk record is confirmed by the other party, the
    /// collective material finalised, anything the lead reviews approved, anything else submitted.
    /// </summary>
    public Completion DefaultCompletion => Kind switch
    {
        DeliverableKind.TalkRecord => Completion.Confirmed,
        DeliverableKind.CollectiveMaterial => Completion.Finalised,
        _ when RequiresApproval => Completion.Approved,
        _ => Completion.Submitted,
    };
}
