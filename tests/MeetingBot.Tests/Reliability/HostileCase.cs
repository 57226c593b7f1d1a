using System.Text.Json.Nodes;

namespace MeetingBot.Tests.Reliability;

/// <summary>
/// One malformed or hostile request of the corpus: a valid fixture activity (<see cref="Base"/>, sent as
/// <see cref="As"/>) with fields replaced, spliced in as raw JSON or raw bytes, or removed; or a whole raw body.
/// Values may name the fixture's people and items by placeholders (<see cref="CorpusBed.Substitute"/>).
/// </summary>
/// <param name="Expect">What the protocol answers: see <see cref="Expectations"/>.</param>
public sealed record HostileCase(
    string Name,
    string Base,
    string As,
    IReadOnlyDictionary<string, JsonNode?> Set,
    IReadOnlyDictionary<string, string> SetRaw,
    IReadOnlyDictionary<string, byte[]> SetBytes,
    IReadOnlyList<string> Remove,
    string? Raw,
    string Expect,
    bool Replay = false)
{
    public static HostileCase Of(string name, string @base, string expect, string @as = "li") =>
        new(name, @base, @as, new Dictionary<string, JsonNode?>(), new Dictionary<string, string>(), new Dictionary<string, byte[]>(), [], null, expect);

    public HostileCase Setting(string path, JsonNode? value) => this with { Set = new Dictionary<string, JsonNode?>(Set) { [path] = value } };

    public HostileCase SettingRaw(string path, string rawJson) => this with { SetRaw = new Dictionary<string, string>(SetRaw) { [path] = rawJson } };

    public HostileCase SettingBytes(string path, byte[] bytes) => this with { SetBytes = new Dictionary<string, byte[]>(SetBytes) { [path] = bytes } };

    public HostileCase Removing(string path) => this with { Remove = [.. Remove, path] };

    public override string ToString() => Name;
}
