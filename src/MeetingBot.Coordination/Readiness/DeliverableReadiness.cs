using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Readiness;

/// <summary>One deliverable across everyone: how many are done of how many, and the names of who is behind.</summary>
/// <param name="Required">Whether the readiness gate waits for it.</param>
public sealed record DeliverableReadiness(
    string DeliverableId,
    BilingualText Name,
    bool Required,
    Completion Completion,
    DateTimeOffset? Due,
    int Done,
    int Total,
    IReadOnlyList<string> BehindNames);
