using System.Diagnostics.CodeAnalysis;

namespace MeetingBot.Coordination.Outcomes;

/// <summary>
/// What a command or query gave: a value, or an expected <see cref="Failure"/>. Exceptions are kept for bugs;
/// everything a user can cause comes back as one of these.
/// </summary>
public sealed class Outcome<T>
{
    private readonly T? _value;

    private Outcome(T? value, Failure? failure)
    {
        _value = value;
        Failure = failure;
    }

    public Failure? Failure { get; }

    [MemberNotNullWhen(false, nameof(Failure))]
    public bool IsSuccess => Failure is null;

    /// <summary>The value; reading it from a failure is a bug, so it throws.</summary>
    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"The outcome failed with {Failure.Code}.");

    public static Outcome<T> Success(T value) => new(value, null);

    public static Outcome<T> Fail(Failure failure) => new(default, failure ?? throw new ArgumentNullException(nameof(failure)));

    public static implicit operator Outcome<T>(T value) => Success(value);

    public static implicit operator Outcome<T>(Failure failure) => Fail(failure);

    public override string ToString() => IsSuccess ? $"Success({_value})" : $"Failure({Failure.Kind}, {Failure.Code})";
}
