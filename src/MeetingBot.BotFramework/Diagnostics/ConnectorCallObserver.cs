using System.Diagnostics;
using System.Globalization;
using MeetingBot.BotFramework.Connector;

namespace MeetingBot.BotFramework.Diagnostics;

/// <summary>
/// The outermost handler of the Connector pipeline: it sees each call once, retries included, so its span and
/// counters describe what the bot asked for; the retries themselves are counted by the retry strategy and each
/// attempt is an HTTP client span of its own when the service collects those.
/// </summary>
public sealed class ConnectorCallObserver(BotTelemetry telemetry) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var operation = OperationOf(request);
        var tags = new TagList
        {
            { BotTelemetry.OperationTag, operation },
            { BotTelemetry.ServerAddressTag, request.RequestUri?.Host },
        };
        // A reply is the usual call: its span name is a constant, not formatted per call. Without tracing (no exporter)
        // no span is asked for, so the tags are not boxed for one nobody records.
        using var span = BotTelemetry.Source.HasListeners()
            ? BotTelemetry.Source.StartActivity(operation == "reply" ? "connector reply" : $"connector {operation}", ActivityKind.Client, default(ActivityContext), tags)
            : null;
        if (request.Options.TryGetValue(ConnectorRequest.ConversationId, out var conversationId))
        {
            span?.SetTag(BotTelemetry.ConversationIdTag, conversationId);
        }

        var started = Stopwatch.GetTimestamp();
        string outcome = "exception";
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            outcome = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
            span?.SetTag(BotTelemetry.StatusCodeTag, (int)response.StatusCode);
            if (!response.IsSuccessStatusCode)
            {
                span?.SetStatus(ActivityStatusCode.Error);
            }

            return response;
        }
        catch (Exception ex)
        {
            outcome = ex is OperationCanceledException ? "cancelled" : ex.GetType().Name;
            span?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
        finally
        {
            tags.Add(BotTelemetry.OutcomeTag, outcome);
            telemetry.ConnectorCalls.Add(1, tags);
            telemetry.ConnectorCallDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        }
    }

    public static string OperationOf(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(ConnectorRequest.Operation, out var operation) ? operation : "other";
}
