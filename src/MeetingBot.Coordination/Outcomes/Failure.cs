using MeetingBot.Coordination.Readiness;

namespace MeetingBot.Coordination.Outcomes;

/// <summary>
/// An expected refusal: a kind, a stable machine code from <see cref="FailureCodes"/> and the values its text
/// needs. <see cref="FailureTexts"/> turns it into zh-CN and en; the codes never change meaning.
/// </summary>
public sealed record Failure(FailureKind Kind, string Code, IReadOnlyDictionary<string, string> Data)
{
    /// <summary>Set on <see cref="FailureKind.NotReady"/>: what is missing and whose it is.</summary>
    public ReadinessReport? Readiness { get; init; }

    public static Failure Forbidden(string code, params (string Key, string Value)[] data) => Create(FailureKind.Forbidden, code, data);

    public static Failure NotFound(string code, params (string Key, string Value)[] data) => Create(FailureKind.NotFound, code, data);

    public static Failure Conflict(string code, params (string Key, string Value)[] data) => Create(FailureKind.Conflict, code, data);

    public static Failure Invalid(string code, params (string Key, string Value)[] data) => Create(FailureKind.Invalid, code, data);

    public static Failure NotReady(ReadinessReport readiness) =>
        Create(FailureKind.NotReady, FailureCodes.MeetingNotReady, [("missing", readiness.Gaps.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))])
            with { Readiness = readiness };

    /// <summary>A stale expected version: the caller re-reads and re-applies.</summary>
    public static Failure StaleVersion(long expected, long actual) =>
        Conflict(FailureCodes.StaleVersion,
            ("expected", expected.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("actual", actual.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static Failure Create(FailureKind kind, string code, (string Key, string Value)[] data) =>
        new(kind, code, data.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal));
}
