namespace MeetingBot.Coordination.Submissions;

/// <summary>What happened to an item, in the order its history shows it.</summary>
public enum SubmissionEventKind
{
    Submitted,
    Resubmitted,
    Returned,
    Approved,
}
