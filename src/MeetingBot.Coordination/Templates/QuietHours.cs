namespace MeetingBot.Coordination.Templates;

/// <summary>Local hours in which no push is sent (default 22:00–08:00); a push due then waits for the morning.</summary>
public sealed record QuietHours(TimeOnly From, TimeOnly To)
{
    public static QuietHours Default { get; } = new(new TimeOnly(22, 0), new TimeOnly(8, 0));

    /// <summary>Whether a local time falls in the quiet hours; the span may cross midnight.</summary>
    public bool Contains(TimeOnly time) =>
        From <= To ? time >= From && time < To : time >= From || time < To;
}
