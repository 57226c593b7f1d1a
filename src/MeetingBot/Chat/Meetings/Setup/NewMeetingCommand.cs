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

        var activity = turn.Context.Activity;
        if (activity.ChannelId == BotFramework.Schema.Channels.MsTeams && !BotFramework.Proactive.PersonalConversations.IsPersonal(activity.Conversation))
        {
            // Teams passes a group message to the bot only when it @mentions it, unless the team consented otherwise.
            await turn.Context.SendActivityAsync(SetupTexts.AnswerWithMention.In(turn.Locale), cancellationToken);
        }

        await turn.Dialogs.BeginDialogAsync(NewMeetingDialog.DialogId, null, cancellationToken);
    }
}
