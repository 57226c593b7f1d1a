using System.Text.Json.Nodes;

namespace MeetingBot.Tests.Reliability;

/// <summary>
/// The whole bad-input corpus: the hand-written hostile cases of <c>Corpus/hostile-activities.jsonl</c> (one JSON
/// object a line; <c>#</c> starts a comment line), the oversize ones written in code, and the generated mutations. Names are unique.
/// </summary>
public static class HostileCorpus
{
    public const string FileName = "hostile-activities.jsonl";

    private static readonly Lazy<IReadOnlyDictionary<string, HostileCase>> Cases = new(Load);

    public static IReadOnlyDictionary<string, HostileCase> ByName => Cases.Value;

    public static IEnumerable<HostileCase> HandWritten() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Reliability", "Corpus", FileName))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(Parse);

    private static IReadOnlyDictionary<string, HostileCase> Load()
    {
        var all = new Dictionary<string, HostileCase>(StringComparer.Ordinal);
        foreach (var hostile in HandWritten().Concat(OversizeCases.All()).Concat(ActivityMutations.All()))
        {
            if (!all.TryAdd(hostile.Name, hostile))
            {
                throw new InvalidOperationException($"Two corpus cases are named {hostile.Name}.");
            }
        }

        return all;
    }

    private static HostileCase Parse(string line)
    {
        var json = JsonNode.Parse(line)!.AsObject();
        var name = json["name"]!.GetValue<string>();
        var expect = json["expect"]!.GetValue<string>();
        if (!Expectations.All.Contains(expect))
        {
            throw new InvalidOperationException($"Corpus case {name} expects '{expect}', which is not an expectation.");
        }

        var hostile = HostileCase.Of(name, json["base"]?.GetValue<string>() ?? "message", expect, json["as"]?.GetValue<string>() ?? "li") with
        {
            Raw = json["raw"]?.GetValue<string>(),
            Replay = json["replay"]?.GetValue<bool>() ?? false,
        };
        foreach (var (path, value) in json["set"]?.AsObject() ?? [])
        {
            hostile = hostile.Setting(path, value?.DeepClone());
        }

        foreach (var (path, value) in json["setRaw"]?.AsObject() ?? [])
        {
            hostile = hostile.SettingRaw(path, value!.GetValue<string>());
        }

        foreach (var (path, value) in json["setBytes"]?.AsObject() ?? [])
        {
            hostile = hostile.SettingBytes(path, Convert.FromBase64String(value!.GetValue<string>()));
        }

        foreach (var path in json["remove"]?.AsArray() ?? [])
        {
            hostile = hostile.Removing(path!.GetValue<string>());
        }

        return hostile;
    }
}
