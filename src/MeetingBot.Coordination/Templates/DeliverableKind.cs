using System.Text.Json.Serialization;

namespace MeetingBot.Coordination.Templates;

/// <summary>
/// The shape of a deliverable: what its content holds and who owes how many. A template names its own
/// deliverables and picks one of these kinds for each.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeliverableKind>))]
public enum DeliverableKind
{
    /// <summary>One per owner: what was studied.</summary>
    StudyCheckIn,

    /// <summary>One per owner: problems found about oneself.</summary>
    ProblemList,

    /// <summary>One per pair of the talk plan; either party records, the other confirms.</summary>
    TalkRecord,

    /// <summary>One per owner: own self-examination material (对照检查材料).</summary>
    SelfExamination,

    /// <summary>One per meeting, drafted by the lead, commented on by every member, finalised by the lead.</summary>
    CollectiveMaterial,

    /// <summary>One per owner for every other member: N members owe N×(N−1).</summary>
    CriticismOutline,

    /// <summary>One per owner: the report of date and theme to the higher organisation (报告上级).</summary>
    ReportUpward,

    /// <summary>One per owner: attending, or absent with a reason; counted against the quorum.</summary>
    AttendanceConfirmation,

    /// <summary>One per owner: the previous meeting's rectification tasks reviewed (回头看).</summary>
    RectificationReview,

    /// <summary>One per owner: free points under headings, e.g. a retrospective's notes.</summary>
    Notes,
}
