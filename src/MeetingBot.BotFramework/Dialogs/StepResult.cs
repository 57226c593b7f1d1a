using System.Text.Json;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Dialogs;

/// <summary>
/// A step's incoming result as stored, with its kind, so that going back re-runs a step with exactly the value it
/// first received (a number stays a number, not a JSON element).
/// </summary>
public sealed record StepResult(string Kind, JsonElement? Json)
{
    public static StepResult Of(object? value) => value switch
    {
        null => new("null", null),
        string s => new("string", JsonSerializer.SerializeToElement(s)),
        int i => new("int", JsonSerializer.SerializeToElement(i)),
        long l => new("long", JsonSerializer.SerializeToElement(l)),
        decimal m => new("decimal", JsonSerializer.SerializeToElement(m)),
        double d => new("double", JsonSerializer.SerializeToElement(d)),
        bool b => new("bool", JsonSerializer.SerializeToElement(b)),
        DateTimeOffset t => new("datetimeoffset", JsonSerializer.SerializeToElement(t)),
        JsonElement e => new("json", e.Clone()),
        // Our own result types (a recognised date, a choice) come back as themselves; the name is ours, never user input.
        _ => new("clr:" + value.GetType().AssemblyQualifiedName, JsonSerializer.SerializeToElement(value, value.GetType(), BotJson.Options)),
    };

    public object? Value() => Kind switch
    {
        "null" => null,
        "string" => Json!.Value.GetString(),
        "int" => Json!.Value.GetInt32(),
        "long" => Json!.Value.GetInt64(),
        "decimal" => Json!.Value.GetDecimal(),
        "double" => Json!.Value.GetDouble(),
        "bool" => Json!.Value.GetBoolean(),
        "datetimeoffset" => Json!.Value.GetDateTimeOffset(),
        _ when Kind.StartsWith("clr:", StringComparison.Ordinal) && Type.GetType(Kind[4..]) is { } type => Json!.Value.Deserialize(type, BotJson.Options),
        _ => Json,
    };
}
