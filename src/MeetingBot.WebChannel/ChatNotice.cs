namespace MeetingBot.WebChannel;

/// <summary>A page shown instead of the chat: a title, what happened and what to do next, and perhaps one link to follow.</summary>
public sealed record ChatNotice(string Title, IReadOnlyList<string> Paragraphs, string? ActionText = null, string? ActionHref = null);
