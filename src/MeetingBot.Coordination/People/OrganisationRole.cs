using System.Text.Json.Serialization;

namespace MeetingBot.Coordination.People;

/// <summary>A role beyond any one meeting, kept in the directory (roles inside a meeting are <see cref="Meetings.Role"/>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OrganisationRole>))]
public enum OrganisationRole
{
    /// <summary>管理员: keeps the directory (people, their roles and channel ids).</summary>
    Administrator,

    /// <summary>组织者 (办公室 / 组织委员): may set up meetings for his unit.</summary>
    Organiser,

    /// <summary>
    /// 上级党委 (组织部): sees the progress of every meeting of his unit and of the units below it, never
    /// sensitive content (<see cref="UnitScope"/>).
    /// </summary>
    Overseer,
}
