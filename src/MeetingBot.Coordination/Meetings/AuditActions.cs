namespace MeetingBot.Coordination.Meetings;

/// <summary>The stable codes of <see cref="AuditEntry.Action"/>; the front maps them to texts.</summary>
public static class AuditActions
{
    public const string MeetingCreated = "meeting.created";
    public const string MeetingRescheduled = "meeting.rescheduled";
    public const string MeetingCancelled = "meeting.cancelled";
    public const string DeadlineMoved = "meeting.deadline-moved";
    public const string Nudged = "meeting.nudged";
    public const string MeetingConfirmed = "meeting.confirmed";
    public const string MeetingConfirmedByOverride = "meeting.confirmed-by-override";
    public const string ParticipantAdded = "roster.participant-added";
    public const string ParticipantRemoved = "roster.participant-removed";
    public const string RolesChanged = "roster.roles-changed";
    public const string DepartmentHeadsAssigned = "roster.department-heads-assigned";
    public const string TalkPairAdded = "talk-plan.pair-added";
    public const string TalkPairDropped = "talk-plan.pair-dropped";
    public const string DraftSaved = "submission.draft-saved";
    public const string Submitted = "submission.submitted";
    public const string Approved = "submission.approved";
    public const string Returned = "submission.returned";
    public const string Disclosed = "submission.disclosed";
    public const string Withdrawn = "submission.withdrawn";
    public const string TalkRecorded = "talk.recorded";
    public const string TalkConfirmed = "talk.confirmed";
    public const string TalkDisputed = "talk.disputed";
    public const string MaterialDraftSaved = "collective.draft-saved";
    public const string MaterialCirculated = "collective.circulated";
    public const string MaterialCommented = "collective.commented";
    public const string MaterialFinalised = "collective.finalised";
    public const string MeetingHeld = "meeting.held";
    public const string SpeechRecorded = "minutes.speech-recorded";
    public const string SignedIn = "minutes.signed-in";
    public const string AbsenceExcused = "minutes.absence-excused";
    public const string ReportSubmitted = "report.submitted";
    public const string ReportApproved = "report.approved";
    public const string ReportReturned = "report.returned";
    public const string ReportDelivered = "report.delivered";
    public const string BriefingRecorded = "report.briefing-recorded";
    public const string TasksAdded = "rectification.tasks-added";
    public const string TaskUpdated = "rectification.task-updated";
    public const string TaskCompleted = "rectification.task-completed";
    public const string ListPublished = "rectification.published";
    public const string TaskCorrected = "rectification.task-corrected";
    public const string TaskSplit = "rectification.task-split";
    public const string TaskWithdrawn = "rectification.task-withdrawn";
    public const string TaskReportedDone = "rectification.task-reported-done";
    public const string TaskAccepted = "rectification.task-accepted";
    public const string TaskSentBack = "rectification.task-sent-back";
    public const string ImmediateTaskOpened = "rectification.immediate-task-opened";
}
