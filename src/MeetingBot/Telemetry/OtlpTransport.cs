namespace MeetingBot.Telemetry;

/// <summary>How spans, metrics and logs reach the OTLP collector.</summary>
public enum OtlpTransport
{
    Grpc,
    HttpProtobuf,
}
