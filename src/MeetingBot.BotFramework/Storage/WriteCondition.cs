namespace MeetingBot.BotFramework.Storage;

/// <summary>The precondition of a write: unconditional (<c>*</c>), only if absent, or only if the ETag still matches.</summary>
public readonly record struct WriteCondition
{
    private WriteCondition(WriteConditionKind kind, string? etag)
    {
        Kind = kind;
        ETag = etag;
    }

    public WriteConditionKind Kind { get; }
    public string? ETag { get; }

    public static WriteCondition Any { get; } = new(WriteConditionKind.Any, null);
    public static WriteCondition IfAbsent { get; } = new(WriteConditionKind.IfAbsent, null);

    public static WriteCondition IfMatch(string etag)
    {
        ArgumentException.ThrowIfNullOrEmpty(etag);
        return etag == "*" ? Any : new(WriteConditionKind.IfMatch, etag);
    }

    /// <summary>Update when an ETag is known, create otherwise: the usual read-modify-write.</summary>
    public static WriteCondition For(string? etag) => etag is null ? IfAbsent : IfMatch(etag);

    public override string ToString() => Kind switch
    {
        WriteConditionKind.Any => "*",
        WriteConditionKind.IfAbsent => "if-absent",
        _ => $"if-match {ETag}",
    };
}

public enum WriteConditionKind
{
    Any,
    IfAbsent,
    IfMatch,
}
