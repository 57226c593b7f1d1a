namespace MeetingBot.Chat.Help;

/// <summary>The personal help as text, and the commands it suggests (the buttons of its card).</summary>
public sealed record PersonalHelpText(string Text, IReadOnlyList<string> Commands);
