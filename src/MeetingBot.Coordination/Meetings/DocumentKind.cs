namespace MeetingBot.Coordination.Meetings;

/// <summary>What kind of domain document a <see cref="DocumentId"/> names.</summary>
public enum DocumentKind
{
    Meeting,
    Submission,
    ReviewReferences,
    TalkRecord,
    CollectiveMaterial,
    MaterialComment,
    Minutes,
    SpecialReport,
    Rectification,
    Opinions,
}
