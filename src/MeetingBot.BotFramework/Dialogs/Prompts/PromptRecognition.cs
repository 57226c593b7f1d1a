namespace MeetingBot.BotFramework.Dialogs.Prompts;

/// <summary>What a prompt made of the user's answer.</summary>
public sealed record PromptRecognition<T>(bool Succeeded, T? Value)
{
    public static PromptRecognition<T> Failed { get; } = new(false, default);

    public static PromptRecognition<T> Of(T value) => new(true, value);
}
