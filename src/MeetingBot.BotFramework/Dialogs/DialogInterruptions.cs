using MeetingBot.BotFramework.Builder;

namespace MeetingBot.BotFramework.Dialogs;

/// <summary>
/// Words that interrupt whatever dialog is active, checked before the dialog sees the message, and what the host
/// says for each. The host supplies the words and texts in its users' languages.
/// </summary>
public sealed class DialogInterruptions
{
    public IReadOnlySet<string> HelpWords { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> CancelWords { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> BackWords { get; init; } = new HashSet<string>();

    /// <summary>Shows help; the active dialog then asks its question again.</summary>
    public required Func<ITurnContext, CancellationToken, Task> OnHelpAsync { get; init; }

    /// <summary>Says the flow was cancelled (or that there was nothing to cancel).</summary>
    public required Func<ITurnContext, bool, CancellationToken, Task> OnCancelledAsync { get; init; }

    /// <summary>Says there is no earlier step to go back to.</summary>
    public required Func<ITurnContext, CancellationToken, Task> OnNoStepBackAsync { get; init; }

    /// <summary>Says a flow in progress was restarted because it changed between deployments.</summary>
    public required Func<ITurnContext, CancellationToken, Task> OnRestartedAsync { get; init; }
}
