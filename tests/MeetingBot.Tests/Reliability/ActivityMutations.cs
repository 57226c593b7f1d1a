using System.Text.Json.Nodes;

namespace MeetingBot.Tests.Reliability;

/// <summary>
/// The generated half of the corpus: systematic mutations of the valid fixture activities. Every field a base
/// carries gets each wrong JSON type and is removed; the fields people type into, and ids, also get hostile
/// contents (huge, control characters, lone surrogates, invalid UTF-8, script). Names say base, field and mutation.
/// </summary>
public static class ActivityMutations
{
    private enum Kind { String, Object, Array, Boolean, Number }

    private static readonly (string Base, (string Path, Kind Kind)[] Fields, string[] ContentFields)[] Bases =
    [
        ("message",
        [
            ("type", Kind.String), ("id", Kind.String), ("timestamp", Kind.String), ("localTimestamp", Kind.String),
            ("serviceUrl", Kind.String), ("channelId", Kind.String), ("from", Kind.Object), ("from.id", Kind.String),
            ("from.name", Kind.String), ("from.role", Kind.String), ("recipient", Kind.Object), ("conversation", Kind.Object),
            ("conversation.id", Kind.String), ("conversation.isGroup", Kind.Boolean), ("conversation.conversationType", Kind.String),
            ("conversation.tenantId", Kind.String), ("text", Kind.String), ("locale", Kind.String), ("textFormat", Kind.String),
            ("entities", Kind.Array), ("attachments", Kind.Array), ("channelData", Kind.Object), ("replyToId", Kind.String),
            ("deliveryMode", Kind.String), ("value", Kind.Object), ("relatesTo", Kind.Object), ("callerId", Kind.String),
        ],
        ["text", "from.id", "from.name", "conversation.id", "locale", "channelId", "replyToId", "id"]),
        ("group", [("conversation.isGroup", Kind.Boolean), ("text", Kind.String), ("entities", Kind.Array)], ["text"]),
        ("card",
        [
            ("value", Kind.Object), ("value.verb", Kind.String), ("value.key", Kind.String), ("value.version", Kind.Number),
            ("value.comment", Kind.String), ("text", Kind.String), ("from.id", Kind.String),
        ],
        ["value.key", "value.comment", "value.verb"]),
        ("invoke",
        [
            ("name", Kind.String), ("value", Kind.Object), ("value.action", Kind.Object), ("value.action.type", Kind.String),
            ("value.action.verb", Kind.String), ("value.action.data", Kind.Object), ("value.action.data.key", Kind.String),
            ("value.action.data.version", Kind.Number), ("value.trigger", Kind.String),
        ],
        ["value.action.data.key", "name"]),
        ("update", [("membersAdded", Kind.Array), ("membersAdded.0", Kind.Object), ("membersAdded.0.id", Kind.String), ("membersRemoved", Kind.Array)], ["membersAdded.0.name"]),
        ("event", [("name", Kind.String), ("value", Kind.Object), ("relatesTo", Kind.Object)], []),
    ];

    private static readonly (string Name, JsonNode? Value)[] WrongTypes =
    [
        ("null", null),
        ("number", JsonValue.Create(42)),
        ("huge-number", JsonValue.Create(1.7976931348623157e308)),
        ("boolean", JsonValue.Create(true)),
        ("string", JsonValue.Create("x")),
        ("array", new JsonArray(1, "x")),
        ("object", new JsonObject { ["x"] = 1 }),
    ];

    /// <summary>Hostile contents for a string field, as raw JSON (lone surrogates cannot be held in a JSON node).</summary>
    private static readonly (string Name, string RawJson)[] RawContents =
    [
        ("huge-100KB", "\"" + new string('长', 30_000) + "\""),
        ("control-chars", "\"\\u0000\\u0007\\u001b[31m\\b\\f\\r\\n\""),
        ("lone-high-surrogate", "\"a\\ud800b\""),
        ("lone-low-surrogate", "\"\\udc00\""),
        ("reversed-surrogates", "\"\\udc00\\ud800\""),
        ("script", "\"<script>alert(document.cookie)</script><img src=x onerror=alert(1)>\""),
        ("bidi-and-zero-width", "\"\\u202e\\u200b\\ufeff\\u2066x\""),
        ("empty", "\"\""),
    ];

    private static readonly (string Name, byte[] Bytes)[] ByteContents =
    [
        ("invalid-utf8", [(byte)'"', 0xC3, 0x28, 0xFF, 0xFE, (byte)'"']),
        ("overlong-utf8", [(byte)'"', 0xC0, 0xAF, 0xE0, 0x80, 0xAF, (byte)'"']),
        ("truncated-utf8", [(byte)'"', (byte)'a', 0xE6, 0x9D, (byte)'"']),
    ];

    public static IEnumerable<HostileCase> All()
    {
        foreach (var (@base, fields, contentFields) in Bases)
        {
            foreach (var (path, kind) in fields)
            {
                yield return HostileCase.Of($"gen/{@base}/{path}/missing", @base, Expectations.RejectedOrHandled).Removing(path);
                foreach (var (name, value) in WrongTypes.Where(w => !SameKind(w.Value, kind)))
                {
                    yield return HostileCase.Of($"gen/{@base}/{path}/{name}", @base, Expectations.RejectedOrHandled).Setting(path, value);
                }
            }

            foreach (var path in contentFields)
            {
                foreach (var (name, raw) in RawContents)
                {
                    yield return HostileCase.Of($"gen/{@base}/{path}/{name}", @base, Expectations.RejectedOrHandled).SettingRaw(path, raw);
                }

                foreach (var (name, bytes) in ByteContents)
                {
                    yield return HostileCase.Of($"gen/{@base}/{path}/{name}", @base, Expectations.RejectedOrHandled).SettingBytes(path, bytes);
                }
            }
        }
    }

    private static bool SameKind(JsonNode? value, Kind kind) => (value, kind) switch
    {
        (JsonObject, Kind.Object) => true,
        (JsonArray, Kind.Array) => true,
        (JsonValue v, Kind.String) => v.TryGetValue<string>(out _),
        (JsonValue v, Kind.Boolean) => v.TryGetValue<bool>(out _),
        (JsonValue v, Kind.Number) => v.TryGetValue<double>(out _) || v.TryGetValue<int>(out _),
        _ => false,
    };
}
