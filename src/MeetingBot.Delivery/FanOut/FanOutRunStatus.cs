using System.Text.Json.Serialization;

namespace MeetingBot.Delivery.FanOut;

[JsonConverter(typeof(JsonStringEnumConverter<FanOutRunStatus>))]
public enum FanOutRunStatus
{
    Running,
    Completed,

    /// <summary>Stopped by the secretary; the recipients not reached are recorded as cancelled in the ledger.</summary>
    Cancelled,
}
