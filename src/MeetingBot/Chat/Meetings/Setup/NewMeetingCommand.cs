using MeetingBot.Chat.Commands;
using MeetingBot.Meetings;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// 新建会议 / new meeting: starts the setup dialog for an organiser (a directory role); whoever completes it becomes
/// the meeting's secretary. Anyone else is told who can make them an organiser.
/// </summary>
public sealed class NewMeetingCommand(Organisers organisers) : IChatCommandHandler
{
    public ChatCommand Command => SetupCommands.NewMeeting;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await organisers.RefusalAsync(turn.Context, cancellationToken) is { } refusal)
        {
            await turn.Context.SendActivityAsync(FailureReply.For(refusal, turn.Locale), cancellationToken);
            return;
        }

        await turn.Dialogs.BeginDialogAsync(NewMeetingDialog.DialogId, null, cancellationToken);
    }
}
