namespace MeetingBot.Coordination.Submissions;

/// <summary>What happened to an item, in the order its history shows it.</summary>
public enum SubmissionEventKind
{
    Submitted,
    Resubmitted,
    Returned,
    Approved,

    /// <summary>The reviewer handed the review on to another (转交); the comment is the reason.</summary>
    HandedOn,
}
