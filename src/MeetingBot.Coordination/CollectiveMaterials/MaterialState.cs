using System.Text.Json.Serialization;

namespace MeetingBot.Coordination.CollectiveMaterials;

[JsonConverter(typeof(JsonStringEnumConverter<MaterialState>))]
public enum MaterialState
{
    /// <summary>The lead is drafting (党委书记亲自主持起草); only he sees it.</summary>
    Draft,

    /// <summary>A version is out to the team for comments (集体讨论修改、征求意见).</summary>
    Circulated,

    /// <summary>The lead finalised it after every member commented or said he had no comment.</summary>
    Finalised,
}
