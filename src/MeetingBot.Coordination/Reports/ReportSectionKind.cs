using System.Text.Json.Serialization;

namespace MeetingBot.Coordination.Reports;

/// <summary>What a section of the special report covers; stored, so never rename a value.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReportSectionKind>))]
public enum ReportSectionKind
{
    /// <summary>会前准备情况: study, problems, talks, materials, outlines, readiness.</summary>
    Preparation,

    /// <summary>会议召开情况: when, where, who, how it ran.</summary>
    Meeting,

    /// <summary>批评和自我批评情况: from the minutes.</summary>
    Criticism,

    /// <summary>整改措施: the rectification tasks, or the measures from the materials before tasks exist.</summary>
    Rectification,
}
