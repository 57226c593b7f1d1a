using System.Runtime.CompilerServices;
using MeetingBot.BotFramework.Diagnostics;
using MeetingBot.Reminders;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace MeetingBot.Telemetry;

public static class TelemetryHosting
{
    /// <summary>
    /// OpenTelemetry for the service: our own sources and meters (turns, Connector calls and retries, storage
    /// conflicts, reminders) with ASP.NET Core, HttpClient and runtime instrumentation; exported over OTLP when
    /// <c>Telemetry:OtlpEndpoint</c> is set, to the console when <c>Telemetry:Console</c> is; with neither, no provider
    /// is registered at all (nothing is recorded to be thrown away). Log lines carry the
    /// trace and span ids, and each turn's log scope its activity and conversation ids. Spans lose the tokens in their
    /// URL tags (<see cref="SpanRedaction"/>) as log records do.
    /// </summary>
    public static WebApplicationBuilder AddMeetingBotTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelemetryOptions>().Bind(builder.Configuration.GetSection(TelemetryOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        // A malformed endpoint is reported by ValidateOnStart with the key's name; here it just means no exporter.
        var endpoint = Uri.TryCreate(options.OtlpEndpoint, UriKind.Absolute, out var parsed) ? parsed : null;

        builder.Logging.Configure(o => o.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);

        if (endpoint is null && !options.Console)
        {
            // Nothing would export them: no tracer or meter provider, so no listener on ASP.NET Core's, HttpClient's
            // or our own sources, and no span with its tag set recorded per request, turn and reply only to be dropped
            // (tests/bench/RESULTS.md, "OpenTelemetry with no exporter"). Our sources and meters still serve any
            // listener a diagnostic tool attaches (dotnet-counters, dotnet-trace).
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(options.ServiceName))
            .WithTracing(tracing =>
            {
                tracing.AddSource(BotTelemetry.SourceName, ReminderTelemetry.SourceName)
                    // Probes every few seconds would drown the turns.
                    .AddAspNetCoreInstrumentation(o => o.Filter = http => !IsProbe(http.Request.Path))
                    .AddHttpClientInstrumentation()
                    // First, before every exporter: link tokens in paths and queries never leave the process.
                    .AddProcessor(new SpanRedaction());
                if (endpoint is not null)
                {
                    AddOtlp(tracing, endpoint, options.OtlpProtocol);
                }

                if (options.Console)
                {
                    AddConsole(tracing);
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(BotTelemetry.MeterName, ReminderTelemetry.MeterName)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation();
                if (endpoint is not null)
                {
                    AddOtlp(metrics, endpoint, options.OtlpProtocol);
                }

                if (options.Console)
                {
                    AddConsole(metrics);
                }
            });

        if (endpoint is not null)
        {
            // Logs go to the collector only when there is one; the console logger stays either way.
            telemetry.WithLogging(logging => AddOtlp(logging, endpoint, options.OtlpProtocol), o => o.IncludeScopes = true);
        }

        return builder;
    }

    // The exporters are added in methods of their own, each called only when configured: compiling the lambdas above
    // then loads neither exporter's assembly, which the default configuration (no collector, no console) never uses
    // (tests/bench/RESULTS.md, "resident memory"). NoInlining keeps a recompilation from pulling them back in.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddOtlp(TracerProviderBuilder tracing, Uri endpoint, OtlpTransport transport) =>
        tracing.AddOtlpExporter(o => Configure(o, endpoint, transport, "v1/traces"));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddOtlp(MeterProviderBuilder metrics, Uri endpoint, OtlpTransport transport) =>
        metrics.AddOtlpExporter(o => Configure(o, endpoint, transport, "v1/metrics"));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddOtlp(LoggerProviderBuilder logging, Uri endpoint, OtlpTransport transport) =>
        logging.AddOtlpExporter(o => Configure(o, endpoint, transport, "v1/logs"));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddConsole(TracerProviderBuilder tracing) => tracing.AddConsoleExporter();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddConsole(MeterProviderBuilder metrics) => metrics.AddConsoleExporter();

    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/readyz", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// gRPC takes the collector's address as it is. Over HTTP each signal has its own path, and an endpoint set in
    /// code is used verbatim by the exporter, so the path is added here (<c>…/v1/traces</c>).
    /// </summary>
    private static void Configure(OtlpExporterOptions exporter, Uri endpoint, OtlpTransport transport, string signalPath)
    {
        if (transport == OtlpTransport.HttpProtobuf)
        {
            var root = endpoint.AbsoluteUri.EndsWith('/') ? endpoint : new Uri(endpoint.AbsoluteUri + "/");
            exporter.Endpoint = new Uri(root, signalPath);
            exporter.Protocol = OtlpExportProtocol.HttpProtobuf;
        }
        else
        {
            exporter.Endpoint = endpoint;
            exporter.Protocol = OtlpExportProtocol.Grpc;
        }
    }
}
