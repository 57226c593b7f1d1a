using System.Collections;

namespace MeetingBot.Telemetry;

/// <summary>
/// A log record's state or a scope as loggers see it after <see cref="LogRedaction"/>: the same names, the values
/// redacted, and a redacted <see cref="ToString"/> (which console scopes print).
/// </summary>
internal sealed class RedactedState : IReadOnlyList<KeyValuePair<string, object?>>
{
    private readonly KeyValuePair<string, object?>[] _pairs;
    private readonly string _text;

    private RedactedState(KeyValuePair<string, object?>[] pairs, string text)
    {
        _pairs = pairs;
        _text = text;
    }

    public int Count => _pairs.Length;

    public KeyValuePair<string, object?> this[int index] => _pairs[index];

    /// <summary>Wraps <paramref name="state"/>; a state that is neither pairs nor text becomes its redacted text.</summary>
    public static object? Of(object? state) => state switch
    {
        null => null,
        IEnumerable<KeyValuePair<string, object?>> pairs => new RedactedState(
            [.. pairs.Select(p => new KeyValuePair<string, object?>(p.Key, LogRedaction.Redact(p.Value)))],
            LogRedaction.Redact(state.ToString() ?? string.Empty)),
        _ => LogRedaction.Redact(state.ToString() ?? string.Empty),
    };

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_pairs).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => _text;
}
