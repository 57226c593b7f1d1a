using System.Text.Json.Serialization;

namespace MeetingBot.Coordination.MeetingRecords;

/// <summary>The steps of the meeting in their order (召开专题民主生活会).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RunSheetStep>))]
public enum RunSheetStep
{
    /// <summary>The previous meeting's rectification tasks reviewed at the opening (回头看).</summary>
    PreviousRectification,

    /// <summary>The lead presents the team's collective self-examination.</summary>
    CollectiveExamination,

    /// <summary>One member's self-criticism.</summary>
    SelfCriticism,

    /// <summary>One member criticises another, one by one (逐一进行).</summary>
    MutualCriticism,
}
