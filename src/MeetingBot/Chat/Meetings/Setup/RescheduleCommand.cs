using MeetingBot.BotFramework.Dialogs.Prompts;
using MeetingBot.Chat.Commands;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>改期 &lt;date&gt; / reschedule &lt;date&gt;: moves the meeting (read in its own zone); every deadline moves with it.</summary>
public sealed class RescheduleCommand(MeetingUpdates updates) : IChatCommandHandler
{
    public ChatCommand Command => SetupCommands.Reschedule;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await updates.ScopeAsync(turn.Context, turn.Locale, secretaryOnly: true, cancellationToken) is not { } scope)
        {
            return;
        }

        var recognition = DateTimeText.Recognize(turn.Argument, DateTimeText.ZoneOrDefault(scope.Meeting.TimeZoneId), updates.Now, futureOnly: true);
        var problem = recognition switch
        {
            { Status: DateTimeRecognitionStatus.InThePast } => SetupTexts.WhenInThePast,
            { Status: DateTimeRecognitionStatus.Ambiguous } => SetupTexts.WhenAmbiguous,
            { Status: DateTimeRecognitionStatus.Recognized, HasTime: false } => SetupTexts.WhenNeedsTime,
            { Status: DateTimeRecognitionStatus.Recognized } => null,
            _ => SetupTexts.RescheduleUsage,
        };
        if (problem is not null)
        {
            await turn.Context.SendActivityAsync(problem.In(turn.Locale), cancellationToken);
            return;
        }

        var start = DateTime.SpecifyKind(recognition.Value!.Value.DateTime, DateTimeKind.Unspecified);
        var moved = await updates.ApplyAsync(turn.Context, turn.Locale, scope.Meeting.Id,
            (meeting, now) => new RescheduleMeeting(meeting.Version, start, null, null).Decide(meeting, scope.Template, scope.Actor, now), cancellationToken);
        if (moved is not null)
        {
            await turn.Context.SendActivityAsync(SetupTexts.Rescheduled.In(turn.Locale, MeetingText.Local(moved.LocalStart), moved.TimeZoneId), cancellationToken);
        }
    }
}
