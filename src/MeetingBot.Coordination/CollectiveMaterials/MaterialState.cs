using System.Text.Json.Serialization;

namespace MeetingBot.Coordination.CollectiveMaterials;

[JsonConverter(typeof(JsonStringEnumConverter<MaterialState>))]
public enum MaterialState
{
    /// <summary>The lead is drafting (党委书记亲自主持起草); only he sees it.</summary>
    Draft,

    /// <summary>A version is out to the team for comments (集体讨论修改、征求意见).</summary>
    Circulated,

    /// <summary>
    /// Sent for review (送审) after every member answered, where the template has the collective material reviewed
    /// by the supervisors or the superior; their approval finalises it, a return puts it back to the lead.
    /// </summary>
    UnderReview,

    /// <summary>Final: finalised by the lead after every member answered, or approved by its reviewer.</summary>
    Finalised,
}
