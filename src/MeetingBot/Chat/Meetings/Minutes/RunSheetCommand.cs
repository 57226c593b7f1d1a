using MeetingBot.BotFramework.Proactive;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Coordination.MeetingRecords;
using MeetingBot.Meetings;
using MeetingBot.Chat.Meetings.Switching;

namespace MeetingBot.Chat.Meetings.Minutes;

/// <summary>
/// <c>议程</c> / <c>run sheet</c>: the meeting's order. In 1:1 each participant sees the references he may read; in a
/// group chat only the order and names, whoever asks. Once people sign in or are excused, attendance follows it.
/// </summary>
public sealed class RunSheetCommand(MeetingResolver current) : IChatCommandHandler
{
    public ChatCommand Command { get; } = new("run-sheet", ["议程", "会议议程"], ["run sheet", "agenda"], MinutesTexts.RunSheetCommand, ArgumentShape.None);

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await current.FindWithDossierOrSayNoneAsync(turn, cancellationToken) is not { } found)
        {
            return;
        }

        var dossier = await found.DossierAsync(cancellationToken);

        var group = !PersonalConversations.IsPersonal(turn.Context.Activity.Conversation);
        var view = group
            ? Coordination.Permissions.Access.AsParticipant(found.Meeting, found.Actor) is { } refusal
                ? refusal
                : RunSheet.ForGroup(dossier, found.Template)
            : RunSheet.For(dossier, found.Template, found.Actor);
        var reply = view.IsSuccess ? RunSheetReply.For(view.Value, turn.Locale, group) : FailureReply.For(view.Failure, turn.Locale);
        if (view.IsSuccess && AttendanceReply.For(found.Meeting, dossier.Minutes, turn.Locale, group) is { } attendance)
        {
            reply += "\n" + attendance;
        }

        await turn.Context.SendActivityAsync(reply, cancellationToken);
    }
}
