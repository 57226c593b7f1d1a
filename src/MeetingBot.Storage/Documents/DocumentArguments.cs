namespace MeetingBot.Storage.Documents;

/// <summary>What every provider requires of a put; a violation is a bug in the caller, hence an exception.</summary>
internal static class DocumentArguments
{
    public static void Check(string documentKey, string contentType, string fileName)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
    }
}
