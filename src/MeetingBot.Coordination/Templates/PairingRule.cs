using System.Text.Json.Serialization;

namespace MeetingBot.Coordination.Templates;

/// <summary>A rule that puts pairs into the talk plan (谈心谈话方案).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PairingRule>))]
public enum PairingRule
{
    /// <summary>党委主要负责同志与班子每名成员之间.</summary>
    LeadWithEachMember,

    /// <summary>班子成员相互之间.</summary>
    MembersWithEachOther,

    /// <summary>班子成员与分管部门负责同志之间.</summary>
    MemberWithOverseenDepartmentHeads,
}
