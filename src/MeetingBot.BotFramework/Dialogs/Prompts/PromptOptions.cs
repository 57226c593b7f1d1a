using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Dialogs.Prompts;

/// <summary>What a prompt says, what it says when the answer is not understood, and how often it asks.</summary>
public sealed class PromptOptions
{
    public const int DefaultMaxAttempts = 3;

    /// <summary>For flows that must never throw answers away: the prompt asks again until answered (or cancelled).</summary>
    public const int Unlimited = int.MaxValue;

    public Activity? Prompt { get; set; }
    public Activity? RetryPrompt { get; set; }

    /// <summary>Retry prompts for specific reasons (a date in the past, an ambiguous hour), in place of <see cref="RetryPrompt"/>.</summary>
    public Dictionary<string, Activity>? RetryPromptsByReason { get; set; }

    /// <summary>For choice and confirm prompts: the options, shown as suggested actions.</summary>
    public List<Choice>? Choices { get; set; }

    /// <summary>Answers not understood after this many tries end the prompt with a null result.</summary>
    public int MaxAttempts { get; set; } = DefaultMaxAttempts;

    /// <summary>For date-time prompts: the user's IANA time zone.</summary>
    public string? TimeZone { get; set; }

    /// <summary>For date-time prompts: refuse a moment in the past.</summary>
    public bool FutureOnly { get; set; }

    /// <summary>
    /// For prompts for people: the conversation whose members may be chosen, when it is not the one asked in (a flow
    /// begun in a group and answered in the 1:1 chat). Null: this conversation.
    /// </summary>
    public string? RosterConversationId { get; set; }

    public static PromptOptions Say(string prompt, string? retry = null) => new()
    {
        Prompt = Activity.CreateMessage(prompt),
        RetryPrompt = retry is null ? null : Activity.CreateMessage(retry),
    };
}
