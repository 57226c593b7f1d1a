namespace MeetingBot.Documents.Links;

/// <summary>The generated link-signing key as kept in storage when none is configured.</summary>
public sealed record StoredSigningKey(int Version, string Key)
{
    public const int CurrentVersion = 1;
}
