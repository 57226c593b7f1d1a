using MeetingBot.Chat.Commands;
using MeetingBot.Coordination.Status;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
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

        await turn.Context.SendActivityAsync(await ProgressAsync(found, time.GetUtcNow(), turn.Locale, heading: true, cancellationToken), cancellationToken);
    }

    /// <summary>The progress as 进度 shows it (or why this person may not see it); 时间地点 shows it to the secretary and the lead.</summary>
    /// <param name="heading">False when the time and place were just said.</param>
    public static async Task<string> ProgressAsync(MeetingInTurn found, DateTimeOffset now, UserLocale locale, bool heading, CancellationToken cancellationToken)
    {
        var dossier = await found.DossierAsync(cancellationToken);

        var view = GroupStatus.Build(dossier, found.Template, found.Actor, now);
        var reply = view.IsSuccess ? StatusReply.For(view.Value, locale, heading) : FailureReply.For(view.Failure, locale);
        if (view.IsSuccess && found.Meeting.Confirmation is { } confirmation)
        {
            // An override is shown to everyone: going ahead unready is a recorded decision, not a secret.
            reply += "\n\n" + (confirmation.Overridden
                ? StatusTexts.OverriddenLine.In(locale, confirmation.GapsOverridden, MarkdownEscape.Text(confirmation.OverrideReason))
                : StatusTexts.ConfirmedLine.In(locale));
        }

        if (view.IsSuccess && AfterMeetingReply.For(dossier, found.Template, locale) is { } afterMeeting)
        {
            reply += "\n\n" + afterMeeting;
        }

        return reply;
    }
}
