using MeetingBot.BotFramework.Proactive;
using MeetingBot.Chat.Commands;
using MeetingBot.Meetings;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// 新建会议 / new meeting: starts the setup dialog for an organiser (a directory role); whoever completes it becomes
/// the meeting's secretary. Anyone else is told who can make them an organiser. Asked in a Teams group, the ten or so
/// questions are asked in the organiser's 1:1 chat (Teams passes a group message to the bot only when it @mentions
/// it, unless the team consented otherwise), and the meeting is still the group's; when the 1:1 chat cannot be
/// opened, the group is told what to do and the questions are asked there.
/// </summary>
public sealed class NewMeetingCommand(Organisers organisers, PersonalConversations personal, PrivateFlowStart privateStart) : IChatCommandHandler
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
        if (activity.ChannelId == BotFramework.Schema.Channels.MsTeams && !PersonalConversations.IsPersonal(activity.Conversation))
        {
            if (await InPrivateAsync(turn, cancellationToken))
            {
                return;
            }

            await turn.Context.SendActivityAsync(SetupTexts.PrivateChatUnavailable.In(turn.Locale) + "\n\n" + SetupTexts.AnswerWithMention.In(turn.Locale), cancellationToken);
        }

        await turn.Dialogs.BeginDialogAsync(NewMeetingDialog.DialogId, null, cancellationToken);
    }

    /// <returns>False when the organiser's 1:1 chat cannot be opened (the questions are then asked in the group).</returns>
    private async Task<bool> InPrivateAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var context = turn.Context;
        var locale = turn.Locale;
        var start = new NewMeetingStart(context.Activity.Conversation!.Id!, context.Activity.ServiceUrl!);
        var outcome = await personal.RunAsync(context, async (privateTurn, ct) =>
        {
            if (!await privateStart.BeginAsync(privateTurn, NewMeetingDialog.DialogId, start, ct))
            {
                await privateTurn.SendActivityAsync(SetupTexts.PrivateChatBusy.In(locale), ct);
            }
        }, cancellationToken);
        if (outcome == PersonalConversationOutcome.Unavailable)
        {
            return false;
        }

        await context.SendActivityAsync(SetupTexts.ContinuesPrivately.In(locale), cancellationToken);
        return true;
    }
}
