using MeetingBot.BotFramework.Builder;

namespace MeetingBot.BotFramework.Dialogs.Prompts;

/// <summary>What a validator sees: the recognised answer, the prompt's options and how many tries there were.</summary>
public sealed record PromptValidatorContext<T>(ITurnContext Context, PromptRecognition<T> Recognized, PromptOptions Options, int AttemptCount);

/// <summary>Accepts or refuses a recognised answer; it may send its own explanation, which replaces the retry prompt.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> prompt, CancellationToken cancellationToken);
