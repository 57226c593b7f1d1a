using System.Text.Json.Serialization;

namespace MeetingBot.Coordination.Reports;

/// <summary>Where an approved report went; stored, so never rename a value.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReportDeliveryKind>))]
public enum ReportDeliveryKind
{
    /// <summary>Submitted upward (活动办、纪委、组织部).</summary>
    SubmittedUpward,

    /// <summary>Announced to the masses (向群众通报).</summary>
    Announced,
}
