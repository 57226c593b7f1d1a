namespace MeetingBot.Documents;

/// <summary>
/// What came of reading the file in a message. Every case is expected (people send the wrong thing, links expire), so
/// each is a value the chat front turns into a reply in the user's language, never an exception.
/// </summary>
public abstract record UploadOutcome
{
    private UploadOutcome()
    {
    }

    /// <summary>A .docx or .pdf within the size limit, whose bytes are what its name says.</summary>
    public sealed record Accepted(UploadedFile File) : UploadOutcome;

    /// <summary>Bigger than <see cref="LimitBytes"/>; at most that much of it was read.</summary>
    public sealed record TooLarge(long LimitBytes) : UploadOutcome;

    /// <summary>
    /// A Word document whose parts would unpack to more than <see cref="LimitBytes"/> in all (or one part to more than
    /// its share, or too many parts): refused from the zip's directory, nothing of it unpacked.
    /// </summary>
    public sealed record TooLargeUnpacked(long LimitBytes) : UploadOutcome;

    /// <summary>Not a Word document or PDF, by its name, its declared type or its bytes.</summary>
    public sealed record WrongType(string? FileName) : UploadOutcome;

    /// <summary>
    /// The file's address is not one of the channel's own file hosts (a link someone typed, an intranet address), or the
    /// host redirected elsewhere: nothing was fetched from it.
    /// </summary>
    public sealed record SourceRefused : UploadOutcome;

    /// <summary>The message carries no file (text only, or only cards).</summary>
    public sealed record NoFile : UploadOutcome;

    /// <summary>The file could not be fetched; <see cref="Reason"/> is for the log, not for the user.</summary>
    public sealed record DownloadFailed(string Reason, int? StatusCode = null) : UploadOutcome;
}
