using MeetingBot.Chat.Commands;
using MeetingBot.Coordination.Status;
using MeetingBot.Coordination.Texts;
using MeetingBot.Meetings;
using MeetingBot.Chat.Meetings.Switching;

namespace MeetingBot.Chat.Meetings.Status;

/// <summary><c>进度</c> / <c>status</c>: the group-safe status of the current meeting, for any participant.</summary>
public sealed class StatusCommand(MeetingResolver current, TimeProvider time) : IChatCommandHandler
{
    public ChatCommand Command { get; } = new("status", ["进度"], ["status"], StatusTexts.StatusCommand, ArgumentShape.None);

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await current.FindWithDossierOrSayNoneAsync(turn, cancellationToken) is not { } found)
        {
            return;
        }

        var dossier = await found.DossierAsync(cancellationToken);

        var view = GroupStatus.Build(dossier, found.Template, found.Actor, time.GetUtcNow());
        var reply = view.IsSuccess ? StatusReply.For(view.Value, turn.Locale) : FailureReply.For(view.Failure, turn.Locale);
        if (view.IsSuccess && found.Meeting.Confirmation is { } confirmation)
        {
            // An override is shown to everyone: going ahead unready is a recorded decision, not a secret.
            reply += "\n\n" + (confirmation.Overridden
                ? StatusTexts.OverriddenLine.In(turn.Locale, confirmation.GapsOverridden, MarkdownEscape.Text(confirmation.OverrideReason))
                : StatusTexts.ConfirmedLine.In(turn.Locale));
        }

        if (view.IsSuccess && AfterMeetingReply.For(dossier, found.Template, turn.Locale) is { } afterMeeting)
        {
            reply += "\n\n" + afterMeeting;
        }

        await turn.Context.SendActivityAsync(reply, cancellationToken);
    }
}
