namespace MeetingBot.Documents.Links;

/// <summary>What a presented token turned out to be.</summary>
public abstract record GrantReading
{
    private GrantReading()
    {
    }

    /// <summary>Signed by us and still valid.</summary>
    public sealed record Valid(DocumentGrant Grant) : GrantReading;

    /// <summary>Signed by us, but its time is over.</summary>
    public sealed record Expired : GrantReading;

    /// <summary>Shaped like a token, but the signature does not match what it says.</summary>
    public sealed record Tampered : GrantReading;

    /// <summary>Not a token at all.</summary>
    public sealed record Malformed : GrantReading;
}
