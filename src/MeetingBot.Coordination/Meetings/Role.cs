using System.Text.Json.Serialization;

namespace MeetingBot.Coordination.Meetings;

/// <summary>A role a participant holds in one meeting. Roles are per meeting, never global.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Role>))]
public enum Role
{
    /// <summary>领导小组办公室: sets up and changes the meeting, watches status, confirms it.</summary>
    Secretary,

    /// <summary>主要负责同志: chairs, reviews (审阅把关), drafts the collective material, may override readiness.</summary>
    Lead,

    /// <summary>班子成员: studies, finds problems, talks, writes own material and an outline for every other member.</summary>
    Member,

    /// <summary>分管部门负责同志: talk partner of the member who oversees the department.</summary>
    DepartmentHead,

    /// <summary>督导组: attends and reads status; otherwise read-only.</summary>
    Supervisor,

    /// <summary>
    /// 上级 (上级党委 / 组织部): an overseer of the meeting's unit seated to review what the template's <c>reviewers:</c>
    /// sends to the superior (the lead's own material, his outlines, the collective material). He sees the items
    /// under his review only: no status, no other member's material, no opinion.
    /// </summary>
    Superior,
}
