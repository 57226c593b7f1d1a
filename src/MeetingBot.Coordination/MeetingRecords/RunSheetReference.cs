using MeetingBot.Coordination.Submissions;

namespace MeetingBot.Coordination.MeetingRecords;

/// <summary>
/// The speaker's reference for one item: the approved (or, where no approval is needed, latest handed-in) version
/// of the material he speaks from. Present only for a viewer who may read that material.
/// </summary>
public sealed record RunSheetReference(string DeliverableId, string AuthorId, string? TargetId, int VersionNumber, SubmissionContent Content);
