namespace MeetingBot.BotFramework.Dialogs.Prompts;

/// <summary>What a prompt made of the user's answer.</summary>
/// <param name="FailureReason">Why the answer was not understood (e.g. <c>past</c>), to pick a more precise retry prompt.</param>
public sealed record PromptRecognition<T>(bool Succeeded, T? Value, string? FailureReason = null)
{
    public static PromptRecognition<T> Failed { get; } = new(false, default);

    public static PromptRecognition<T> FailedBecause(string reason) => new(false, default, reason);

    public static PromptRecognition<T> Of(T value) => new(true, value);
}
