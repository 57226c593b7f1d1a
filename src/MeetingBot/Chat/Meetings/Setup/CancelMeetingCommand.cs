using MeetingBot.Chat.Commands;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>取消会议 &lt;reason&gt; / cancel meeting &lt;reason&gt;: the secretary confirms, then the meeting is cancelled.</summary>
public sealed class CancelMeetingCommand(MeetingUpdates updates) : IChatCommandHandler
{
    public ChatCommand Command => SetupCommands.Cancel;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        // Refuse before asking: only the secretary is asked to confirm.
        if (await updates.ScopeAsync(turn.Context, turn.Locale, secretaryOnly: true, cancellationToken) is not { } scope)
        {
            return;
        }

        var reason = string.IsNullOrWhiteSpace(turn.Argument) ? null : turn.Argument.Trim();
        await turn.Dialogs.BeginDialogAsync(CancelMeetingDialog.DialogId, new CancelRequest(scope.Meeting.Id, scope.Meeting.Theme, reason), cancellationToken);
    }
}
