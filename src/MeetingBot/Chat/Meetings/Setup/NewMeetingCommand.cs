using MeetingBot.Chat.Commands;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>新建会议 / new meeting: starts the setup dialog; whoever completes it becomes the meeting's secretary.</summary>
public sealed class NewMeetingCommand : IChatCommandHandler
{
    public ChatCommand Command => SetupCommands.NewMeeting;

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken) =>
        turn.Dialogs.BeginDialogAsync(NewMeetingDialog.DialogId, null, cancellationToken);
}
