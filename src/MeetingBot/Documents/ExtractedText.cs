namespace MeetingBot.Documents;

/// <summary>The plain text of a document; <see cref="Truncated"/> when it went past the length asked for.</summary>
public sealed record ExtractedText(string Text, bool Truncated);
