namespace MeetingBot.Chat.Phrasing;

/// <summary>Words that point to a command, and the command as one would type it in each language (an example to copy).</summary>
public sealed record PhraseHint(IReadOnlyList<string> Words, string ZhExample, string EnExample);
