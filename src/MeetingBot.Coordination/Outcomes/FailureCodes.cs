namespace MeetingBot.Coordination.Outcomes;

/// <summary>
/// The stable machine codes of <see cref="Failure.Code"/>. A code never changes meaning once released; the
/// chat front may map codes itself or use <see cref="FailureTexts"/>, which has zh-CN and en for each.
/// </summary>
public static class FailureCodes
{
    // Forbidden
    public const string OtherTenant = "permission.other-tenant";
    public const string NotAParticipant = "permission.not-a-participant";
    public const string SecretaryOnly = "permission.secretary-only";
    public const string DeadlineSecretaryOnly = "permission.deadline-secretary-only";
    public const string LeadOnly = "permission.lead-only";
    public const string SecretaryOrLeadOnly = "permission.secretary-or-lead-only";
    public const string AuthorOnly = "permission.author-only";
    public const string NotOwed = "permission.not-owed";
    public const string NotVisible = "permission.not-visible";
    public const string NotYetDisclosed = "permission.not-yet-disclosed";
    public const string NotAParty = "permission.not-a-party";
    public const string OtherPartyConfirms = "permission.other-party-confirms";
    public const string MembersOnly = "permission.members-only";
    public const string SupervisorOnly = "permission.supervisor-only";
    public const string TaskOwnerOnly = "permission.task-owner-only";
    public const string TaskManagersOnly = "permission.task-managers-only";
    public const string OwnAcceptance = "permission.own-acceptance";
    public const string ImmediateTaskOwnerOrSecretary = "permission.immediate-task-owner-or-secretary";
    public const string OnlyAuthorWithdraws = "permission.only-author-withdraws";

    // NotFound
    public const string MeetingNotFound = "meeting.not-found";
    public const string ParticipantNotFound = "participant.not-found";
    public const string DeliverableNotFound = "deliverable.not-found";
    public const string SubmissionNotFound = "submission.not-found";
    public const string TemplateNotFound = "template.not-found";
    public const string PairNotInPlan = "talk-plan.pair-not-in-plan";
    public const string TalkRecordNotFound = "talk.not-found";
    public const string MaterialNotFound = "collective.not-found";
    public const string ReportNotFound = "report.not-found";
    public const string TaskNotFound = "rectification.task-not-found";

    // Conflict
    public const string StaleVersion = "version.stale";
    public const string MeetingCancelled = "meeting.cancelled";
    public const string AlreadyConfirmed = "meeting.already-confirmed";
    public const string AwaitingReview = "submission.awaiting-review";
    public const string AlreadyApproved = "submission.already-approved";
    public const string NotAwaitingReview = "submission.not-awaiting-review";
    public const string NotTheReviewer = "review.not-the-reviewer";
    public const string OwnItemReviewedByOthers = "review.own-item-reviewed-by-others";
    public const string HandOnReasonRequired = "review.hand-on-reason-required";
    public const string HandOnToSelf = "review.hand-on-to-self";
    public const string NotAPermittedReviewer = "review.not-a-permitted-reviewer";
    public const string NobodyToHandOnTo = "review.nobody-to-hand-on-to";
    public const string NotPendingReview = "submission.not-pending-review";
    public const string NothingToSubmit = "submission.nothing-to-submit";
    public const string NotReturned = "submission.not-returned";
    public const string PairAlreadyInPlan = "talk-plan.pair-already-in-plan";
    public const string TalkNotAwaitingConfirmation = "talk.not-awaiting-confirmation";
    public const string TalkAlreadyConfirmed = "talk.already-confirmed";
    public const string MaterialNotCirculated = "collective.not-circulated";
    public const string MaterialFinalised = "collective.finalised";
    public const string MaterialCommentsMissing = "collective.comments-missing";
    public const string MaterialUnderReview = "collective.under-review";
    public const string MaterialNotUnderReview = "collective.not-under-review";
    public const string MaterialReviewedByOthers = "collective.reviewed-by-others";
    public const string MaterialWithoutReviewer = "collective.without-reviewer";
    public const string NotAnOverseer = "review.not-an-overseer";
    public const string SuperiorOfAnotherUnit = "review.superior-of-another-unit";
    public const string MeetingWithoutUnit = "review.meeting-without-unit";
    public const string NotConfirmed = "meeting.not-confirmed";
    public const string NotStarted = "meeting.not-started";
    public const string AlreadyHeld = "meeting.already-held";
    public const string NotHeld = "meeting.not-held";
    public const string ReportAwaitingReview = "report.awaiting-review";
    public const string ReportAlreadyDelivered = "report.already-delivered";
    public const string ReportSectionNotFound = "report.section-not-found";
    public const string ReportSectionTextRequired = "report.section-text-required";
    public const string ReportFileWithoutSections = "report.file-without-sections";
    public const string ReportAlreadyApproved = "report.already-approved";
    public const string ReportNotAwaitingReview = "report.not-awaiting-review";
    public const string ReportNotApproved = "report.not-approved";
    public const string TaskDone = "rectification.task-done";
    public const string NoTasks = "rectification.no-tasks";
    public const string NothingNewProposed = "rectification.nothing-new-proposed";
    public const string SignInNotToday = "attendance.sign-in-not-today";
    public const string AlreadySignedIn = "attendance.already-signed-in";
    public const string SignedInNotExcused = "attendance.signed-in-not-excused";
    public const string TaskAwaitingAcceptance = "rectification.task-awaiting-acceptance";
    public const string TaskNotAwaitingAcceptance = "rectification.task-not-awaiting-acceptance";
    public const string TaskUnchanged = "rectification.task-unchanged";
    public const string ProblemNotAcknowledged = "rectification.problem-not-acknowledged";
    public const string ProblemNotListed = "rectification.problem-not-listed";

    // Invalid
    public const string ThemeRequired = "meeting.theme-required";
    public const string PlaceRequired = "meeting.place-required";
    public const string NoticeRequired = "meeting.notice-required";
    public const string NoticeSecretaryOrLeadOnly = "meeting.notice-secretary-or-lead-only";
    public const string NoOneToNotify = "meeting.no-one-to-notify";
    public const string UnknownTimeZone = "meeting.time-zone-unknown";
    public const string StartInThePast = "meeting.start-in-the-past";
    public const string DeadlineReasonRequired = "deadline.reason-required";
    public const string DeadlineInThePast = "deadline.in-the-past";
    public const string DeadlineAfterMeeting = "deadline.after-the-meeting";
    public const string DeadlineUnchanged = "deadline.unchanged";
    public const string NudgeLimitReached = "nudge.limit-reached";
    public const string NudgeNothingOwed = "nudge.nothing-owed";
    public const string TemplateMismatch = "template.mismatch";
    public const string DuplicateParticipant = "roster.duplicate-participant";
    public const string OneLeadRequired = "roster.one-lead-required";
    public const string SecretaryRequired = "roster.secretary-required";
    public const string TooFewMembers = "roster.too-few-members";
    public const string NotAMember = "roster.not-a-member";
    public const string NotADepartmentHead = "roster.not-a-department-head";
    public const string NoRoles = "roster.no-roles";
    public const string SamePerson = "talk-plan.same-person";
    public const string WrongContent = "submission.wrong-content";
    public const string PointOutOfRange = "revision.point-out-of-range";
    public const string SectionOutOfRange = "revision.section-out-of-range";
    public const string PointEmpty = "revision.point-empty";
    public const string UploadedNotByPoint = "revision.uploaded-not-by-point";
    public const string TargetRequired = "submission.target-required";
    public const string TargetNotAllowed = "submission.target-not-allowed";
    public const string TargetIsSelf = "submission.target-is-self";
    public const string Incomplete = "submission.incomplete";
    public const string UnknownCategory = "problem-list.unknown-category";
    public const string UnknownSource = "problem-list.unknown-source";
    public const string DisputeNoteRequired = "problem-list.dispute-note-required";
    public const string DocumentWrongType = "document.wrong-type";
    public const string DocumentTooLarge = "document.too-large";
    public const string CommentRequired = "review.comment-required";
    public const string OverrideReasonRequired = "readiness.override-reason-required";
    public const string AbsenceReasonRequired = "attendance.absence-reason-required";
    public const string UnknownAspect = "outline.unknown-aspect";
    public const string SpeechRequired = "minutes.text-required";
    public const string CriticRequired = "minutes.critic-required";
    public const string CriticIsSelf = "minutes.critic-is-self";
    public const string CollectiveIsLeads = "minutes.collective-is-the-leads";
    public const string DeliveryPlaceRequired = "report.delivery-place-required";
    public const string DeliveryBeforeApproval = "report.delivery-before-approval";
    public const string DeliveryInTheFuture = "report.delivery-in-the-future";
    public const string BriefingSecretaryOrLeadOnly = "report.briefing-secretary-or-lead-only";
    public const string BriefingAfterReport = "report.briefing-after-report";
    public const string BriefingDetailsRequired = "report.briefing-details-required";
    public const string BriefingBeforeMeeting = "report.briefing-before-meeting";
    public const string BriefingInTheFuture = "report.briefing-in-the-future";
    public const string BriefingFirst = "report.briefing-first";
    public const string UnknownAddressee = "report.unknown-addressee";
    public const string AddresseeAlreadyRecorded = "report.addressee-already-recorded";
    public const string AddresseesMissing = "report.addressees-missing";
    public const string ProblemRequired = "rectification.problem-required";
    public const string MeasureRequired = "rectification.measure-required";
    public const string DueInThePast = "rectification.due-in-the-past";
    public const string EvidenceRequired = "rectification.evidence-required";
    public const string ProgressNoteRequired = "rectification.progress-note-required";
    public const string WithdrawReasonRequired = "rectification.withdraw-reason-required";
    public const string SendBackReasonRequired = "rectification.send-back-reason-required";
    public const string SplitNeedsTwoMeasures = "rectification.split-needs-two-measures";

    // The directory of people
    public const string AdministratorOnly = "directory.administrator-only";
    public const string OrganiserOnly = "directory.organiser-only";
    public const string PersonNotFound = "directory.person-not-found";
    public const string PersonNameRequired = "directory.name-required";
    public const string DuplicatePhone = "directory.duplicate-phone";
    public const string DuplicateIdentity = "directory.duplicate-identity";
    public const string LastAdministrator = "directory.last-administrator";
    public const string MalformedPhone = "directory.malformed-phone";
    public const string RosterRefused = "directory.roster-refused";
    public const string AmbiguousPerson = "directory.ambiguous-person";

    // Opinions (征求意见: 群众提、上级点、集体议)
    public const string OpinionRecordSecretaryOrLead = "opinions.record-secretary-or-lead-only";
    public const string OpinionAssigneeOnly = "opinions.assignee-only";
    public const string OpinionNotFound = "opinions.not-found";
    public const string OpinionsClosed = "opinions.closed";
    public const string OpinionsNotOpen = "opinions.not-open";
    public const string OpinionsFull = "opinions.full";
    public const string OpinionAlreadyMerged = "opinions.already-merged";
    public const string OpinionNotForAnswer = "opinions.not-for-answer";
    public const string OpinionTextRequired = "opinions.text-required";
    public const string OpinionTooLong = "opinions.too-long";
    public const string OpinionNameTooLong = "opinions.name-too-long";
    public const string OpinionMergeIntoItself = "opinions.merge-into-itself";
    public const string OpinionExplanationRequired = "opinions.explanation-required";
    public const string OpinionAddresseeNotAMember = "opinions.addressee-not-a-member";
    public const string OpinionsAlreadyFiled = "opinions.already-filed";

    // Units and the superior committee's view
    public const string OverseerOnly = "units.overseer-only";
    public const string UnitNotOverseen = "units.not-overseen";
    public const string UnitNotAdministered = "units.not-administered";
    public const string UnitNotFound = "units.not-found";

    // NotReady
    public const string MeetingNotReady = "meeting.not-ready";
}
