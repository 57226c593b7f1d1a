using System.ComponentModel.DataAnnotations;

namespace MeetingBot.Telemetry;

/// <summary>
/// Section <c>Telemetry</c>: where OpenTelemetry traces, metrics and logs go. Without an endpoint (and without
/// <see cref="Console"/>) nothing is exported and no OpenTelemetry provider is registered, so no span is recorded;
/// the service's own activity sources and meters still report to any listener attached from outside.
/// </summary>
public sealed class TelemetryOptions : IValidatableObject
{
    public const string SectionName = "Telemetry";
    public const string DefaultServiceName = "meetingbot";

    /// <summary>The service name on every span, metric and log record.</summary>
    [Required]
    public string ServiceName { get; set; } = DefaultServiceName;

    /// <summary>An OTLP collector, e.g. <c>http://otel-collector:4317</c>. Empty: no exporter.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>Grpc</c> (port 4317, the default) or <c>HttpProtobuf</c> (port 4318).</summary>
    public OtlpTransport OtlpProtocol { get; set; } = OtlpTransport.Grpc;

    /// <summary>Also write spans and metrics to the console (local diagnosis only: it is verbose).</summary>
    public bool Console { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(OtlpEndpoint)
            && (!Uri.TryCreate(OtlpEndpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            yield return new ValidationResult(
                $"{SectionName}:{nameof(OtlpEndpoint)} must be an absolute http or https URL (got '{OtlpEndpoint}').",
                [nameof(OtlpEndpoint)]);
        }
    }
}
