using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Dialogs;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.State;

namespace MeetingBot.BotFramework.Tests.Dialogs;

/// <summary>
/// A bot for dialog transcripts: any message continues the active dialog through the runner (with English
/// interruption words); with no dialog active, "start X" begins dialog X.
/// </summary>
public sealed class TranscriptBot : IBot
{
    private readonly DialogRunner _runner;

    public TranscriptBot(PrivateConversationState state, params Dialog[] dialogs)
    {
        var set = new DialogSet(state.CreateProperty<DialogState>("dialogs"));
        foreach (var dialog in dialogs)
        {
            set.Add(dialog);
        }

        _runner = new DialogRunner(set, new DialogInterruptions
        {
            HelpWords = new HashSet<string>(["help", "帮助"], StringComparer.OrdinalIgnoreCase),
            CancelWords = new HashSet<string>(["cancel", "取消"], StringComparer.OrdinalIgnoreCase),
            BackWords = new HashSet<string>(["back", "返回"], StringComparer.OrdinalIgnoreCase),
            OnHelpAsync = (turn, ct) => turn.SendActivityAsync("[help]", ct),
            OnCancelledAsync = (turn, _, ct) => turn.SendActivityAsync("[cancelled]", ct),
            OnNoStepBackAsync = (turn, ct) => turn.SendActivityAsync("[no earlier step]", ct),
            OnRestartedAsync = (turn, ct) => turn.SendActivityAsync("[restarted]", ct),
        });
    }

    public List<object?> Completed { get; } = [];

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (!turnContext.Activity.IsType(ActivityTypes.Message))
        {
            return;
        }

        var (outcome, dc) = await _runner.RunAsync(turnContext, cancellationToken);
        if (outcome == DialogRunOutcome.NoActiveDialog && turnContext.Activity.Text?.StartsWith("start ", StringComparison.Ordinal) == true)
        {
            var result = await dc.BeginDialogAsync(turnContext.Activity.Text["start ".Length..], null, cancellationToken);
            if (result.Status == DialogTurnStatus.Complete)
            {
                Completed.Add(result.Result);
            }
        }
        else if (outcome == DialogRunOutcome.Completed)
        {
            Completed.Add(null);
        }
        else if (outcome == DialogRunOutcome.NoActiveDialog)
        {
            await turnContext.SendActivityAsync("[idle]", cancellationToken);
        }
    }
}
