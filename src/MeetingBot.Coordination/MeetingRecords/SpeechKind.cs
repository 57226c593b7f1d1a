using System.Text.Json.Serialization;

namespace MeetingBot.Coordination.MeetingRecords;

/// <summary>What the secretary recorded in the minutes; stored, so never rename a value.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SpeechKind>))]
public enum SpeechKind
{
    /// <summary>The lead presents the team's collective self-examination (班子对照检查).</summary>
    CollectiveExamination,

    /// <summary>A member's own self-criticism (自我批评).</summary>
    SelfCriticism,

    /// <summary>Criticism a member received from another member (相互批评).</summary>
    Criticism,

    /// <summary>The member's response to the criticism he received (表态).</summary>
    Response,
}
