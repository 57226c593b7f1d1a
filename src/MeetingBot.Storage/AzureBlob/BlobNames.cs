namespace MeetingBot.Storage.AzureBlob;

/// <summary>
/// Blob names for free-text keys: the reversible <see cref="KeyNames"/> encoding within the service's 1024-character
/// limit. Case is kept, as the service keeps it.
/// </summary>
public static class BlobNames
{
    public const int MaxLength = 1024;

    public static string For(string key) => KeyNames.Encode(key, MaxLength);
}
