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
    public const string LeadOnly = "permission.lead-only";
    public const string SecretaryOrLeadOnly = "permission.secretary-or-lead-only";
    public const string AuthorOnly = "permission.author-only";
    public const string NotOwed = "permission.not-owed";
    public const string NotVisible = "permission.not-visible";
    public const string NotYetDisclosed = "permission.not-yet-disclosed";
    public const string NotAParty = "permission.not-a-party";
    public const string OtherPartyConfirms = "permission.other-party-confirms";
    public const string MembersOnly = "permission.members-only";

    // NotFound
    public const string MeetingNotFound = "meeting.not-found";
    public const string ParticipantNotFound = "participant.not-found";
    public const string DeliverableNotFound = "deliverable.not-found";
    public const string SubmissionNotFound = "submission.not-found";
    public const string TemplateNotFound = "template.not-found";
    public const string PairNotInPlan = "talk-plan.pair-not-in-plan";
    public const string TalkRecordNotFound = "talk.not-found";
    public const string MaterialNotFound = "collective.not-found";

    // Conflict
    public const string StaleVersion = "version.stale";
    public const string MeetingCancelled = "meeting.cancelled";
    public const string AlreadyConfirmed = "meeting.already-confirmed";
    public const string AwaitingReview = "submission.awaiting-review";
    public const string AlreadyApproved = "submission.already-approved";
    public const string NotAwaitingReview = "submission.not-awaiting-review";
    public const string NothingToSubmit = "submission.nothing-to-submit";
    public const string PairAlreadyInPlan = "talk-plan.pair-already-in-plan";
    public const string TalkNotAwaitingConfirmation = "talk.not-awaiting-confirmation";
    public const string TalkAlreadyConfirmed = "talk.already-confirmed";
    public const string MaterialNotCirculated = "collective.not-circulated";
    public const string MaterialFinalised = "collective.finalised";
    public const string MaterialCommentsMissing = "collective.comments-missing";

    // Invalid
    public const string ThemeRequired = "meeting.theme-required";
    public const string PlaceRequired = "meeting.place-required";
    public const string UnknownTimeZone = "meeting.time-zone-unknown";
    public const string StartInThePast = "meeting.start-in-the-past";
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

    // NotReady
    public const string MeetingNotReady = "meeting.not-ready";
}
