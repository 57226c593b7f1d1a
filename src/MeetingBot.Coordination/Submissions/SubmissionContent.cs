using System.Text.Json.Serialization;
using MeetingBot.Coordination.CriticismOutlines;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Submissions;

/// <summary>
/// What a submission holds; one sealed record per deliverable kind. The discriminator is written into stored
/// documents, so these names never change.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$kind")]
[JsonDerivedType(typeof(StudyCheckIn), "study-check-in")]
[JsonDerivedType(typeof(ProblemList), "problem-list")]
[JsonDerivedType(typeof(ExaminationMaterial), "examination-material")]
[JsonDerivedType(typeof(CriticismOutline), "criticism-outline")]
[JsonDerivedType(typeof(ReportUpward), "report-upward")]
[JsonDerivedType(typeof(AttendanceConfirmation), "attendance-confirmation")]
[JsonDerivedType(typeof(RectificationReview), "rectification-review")]
[JsonDerivedType(typeof(Notes), "notes")]
public abstract record SubmissionContent
{
    /// <summary>The deliverable kind this content belongs to.</summary>
    [JsonIgnore]
    public abstract DeliverableKind Kind { get; }
}
