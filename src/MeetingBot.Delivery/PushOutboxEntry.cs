namespace MeetingBot.Delivery;

/// <summary>A push waiting in the <see cref="PushOutbox"/>: what to send, since when, and how often it failed.</summary>
public sealed record PushOutboxEntry(int Version, PushMessage Push, DateTimeOffset DeferredAt, int Failures)
{
    public const int CurrentVersion = 1;
}
