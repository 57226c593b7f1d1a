using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Reviews;

/// <summary>One submission waiting for the lead, with the pre-review flags of an outline or a self-examination material beside it.</summary>
public sealed record ReviewQueueItem(
    DocumentId Id,
    string DeliverableId,
    BilingualText DeliverableName,
    string AuthorId,
    string AuthorName,
    string? TargetId,
    string? TargetName,
    int VersionNumber,
    DateTimeOffset SubmittedAt,
    bool Resubmitted,
    long Version,
    IReadOnlyList<IPreReviewFlag> Flags)
{
    /// <summary>Its stable review reference (提纲7); null only for an item handed in before references existed, until one is given.</summary>
    public ReviewReference? Reference { get; init; }

    /// <summary>Who handed the item to this reviewer (转交), if it was handed on; the queue says so beside it.</summary>
    public string? HandedOnBy { get; init; }

    /// <summary>Why it was handed on.</summary>
    public string? HandOnReason { get; init; }
}
