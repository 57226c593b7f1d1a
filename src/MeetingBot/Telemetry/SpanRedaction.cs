using System.Diagnostics;
using OpenTelemetry;

namespace MeetingBot.Telemetry;

/// <summary>
/// Takes credentials out of every span before it is exported: ASP.NET Core's server spans carry the request's path and
/// query (<c>url.path</c> = <c>/documents/{token}</c>, <c>/board/{token}</c>; <c>url.query</c> = <c>?invite=…</c>,
/// <c>?t=…</c>, <c>?code=…</c> on the sign-in callback) and HttpClient's client spans the full address they called
/// (<c>url.full</c>), in the instrumentation's current and older tag names. The same redaction as the logs'
/// (<see cref="LogRedaction"/>) runs on those tags and on the span's name; registered before any exporter, so
/// exporters only ever see the redacted span.
/// </summary>
public sealed class SpanRedaction : BaseProcessor<Activity>
{
    public override void OnEnd(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        List<KeyValuePair<string, string>>? changed = null;
        foreach (var (key, value) in data.TagObjects)
        {
            if (value is string text && IsAddressTag(key) && LogRedaction.Redact(text) is var redacted && redacted != text)
            {
                (changed ??= []).Add(new(key, redacted));
            }
        }

        // Tags are changed after the walk: setting one while enumerating would invalidate it.
        foreach (var (key, redacted) in changed ?? [])
        {
            data.SetTag(key, redacted);
        }

        var name = LogRedaction.Redact(data.DisplayName);
        if (name != data.DisplayName)
        {
            data.DisplayName = name;
        }
    }

    // url.path, url.query, url.full (semantic conventions 1.2x) and http.target, http.url (the older names).
    private static bool IsAddressTag(string key) =>
        key.StartsWith("url.", StringComparison.Ordinal) || key.StartsWith("http.", StringComparison.Ordinal);
}
