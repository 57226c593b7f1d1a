namespace MeetingBot.BotFramework.Dialogs.Prompts;

/// <summary>One option of a choice prompt: the value returned, the button title, and other words that pick it.</summary>
public sealed record Choice(string Value, string? Title = null, IReadOnlyList<string>? Synonyms = null)
{
    public string Display => Title ?? Value;
}
