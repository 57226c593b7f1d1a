using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Chat.Meetings.Switching;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Status;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;

namespace MeetingBot.Chat.Meetings.Status;

/// <summary>
/// <c>时间地点</c> / <c>when and where</c>, what <c>会议在哪里开？</c> and <c>几点开始？</c> ask: the current meeting's time
/// and place in one line and, in a 1:1 chat, the person's own next open task in another — a member asking where to go
/// was given the whole preparation progress before. The secretary and the lead, who run the preparation, get the
/// progress after it. In a group only the time and place and the group-safe progress are shown.
/// </summary>
public sealed class WhenWhereCommand(MeetingResolver current, TimeProvider time) : IChatCommandHandler
{
    public ChatCommand Command { get; } = new("meeting.when-where", ["时间地点"], ["when and where"], StatusTexts.WhenWhereCommand, ArgumentShape.None);

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await current.FindWithDossierOrSayNoneAsync(turn, cancellationToken) is not { } found)
        {
            return;
        }

        var (meeting, actor, locale) = (found.Meeting, found.Actor, turn.Locale);
        if (Access.AsParticipant(meeting, actor) is { } refusal)
        {
            await turn.Context.SendActivityAsync(FailureReply.For(refusal, locale), cancellationToken);
            return;
        }

        var reply = WhenWhere(meeting, locale);
        var now = time.GetUtcNow();
        if (Access.AsSecretaryOrLead(meeting, actor) is null)
        {
            reply += "\n\n" + await StatusCommand.ProgressAsync(found, now, locale, heading: false, cancellationToken);
        }
        else if (turn.Context.Activity.Conversation?.IsGroup != true && meeting.Status is MeetingStatus.Preparing or MeetingStatus.Confirmed
            && PersonalTasks.For(await found.DossierAsync(cancellationToken), found.Template, actor, now) is { IsSuccess: true } tasks)
        {
            var zone = WallClock.TryFindZone(meeting.TimeZoneId, out var meetingZone) ? meetingZone : TimeZoneInfo.Utc;
            reply += "\n\n" + (tasks.Value.Open is [var next, ..]
                ? MyTasksReply.OpenTask(StatusTexts.NextTask, next, zone, found.Template, locale)
                : StatusTexts.NothingOpen.In(locale));
        }

        await turn.Context.SendActivityAsync(reply, cancellationToken);
    }

    private static string WhenWhere(Meeting meeting, UserLocale locale)
    {
        var frame = meeting.Status switch
        {
            MeetingStatus.Cancelled => StatusTexts.WhenWhereCancelled,
            MeetingStatus.Reporting => StatusTexts.WhenWhereHeld,
            MeetingStatus.Confirmed => StatusTexts.WhenWhereConfirmed,
            _ => StatusTexts.WhenWhere,
        };
        return frame.In(locale, MarkdownEscape.Text(meeting.Theme), MeetingText.Local(meeting.LocalStart), MeetingText.Zone(meeting, locale), MarkdownEscape.Text(meeting.Place));
    }
}
