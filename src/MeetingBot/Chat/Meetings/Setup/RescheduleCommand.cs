using System.Globalization;
using MeetingBot.BotFramework.Dialogs.Prompts;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Confirmations;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// 改期 &lt;date&gt; / reschedule &lt;date&gt;: moves the meeting (read in its own zone); every deadline moves with it.
/// 改期 推迟一周 / reschedule 1 week later moves it by whole days from its own date, at the same time of day.
/// The time shown for confirmation is the time it moves to (kept with the confirmation, so <c>明天</c> cannot shift).
/// </summary>
public sealed class RescheduleCommand(MeetingUpdates updates, ConfirmationGate confirmations, MeetingMovedNotices notices) : IConfirmedCommand
{
    private const string StartFormat = "yyyy-MM-ddTHH:mm:ss";

    public ChatCommand Command => SetupCommands.Reschedule;

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken) => confirmations.AskAsync(this, turn, cancellationToken);

    public async Task<ConfirmationRequest?> DescribeAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await updates.ScopeAsync(turn.Context, turn.Locale, secretaryOnly: true, cancellationToken) is not { } scope)
        {
            return null;
        }

        // 推迟一周 / 提前一天: counted from the meeting's own date (the domain's rule), not read as a date from today.
        var shifted = MeetingShiftText.Read(turn.Argument)?.StartOf(scope.Meeting);
        var recognition = DateTimeText.Recognize(turn.Argument, DateTimeText.ZoneOrDefault(scope.Meeting.TimeZoneId), updates.Now, futureOnly: true);
        var problem = shifted is not null ? null : recognition switch
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
            return null;
        }

        var start = shifted ?? DateTime.SpecifyKind(recognition.Value!.Value.DateTime, DateTimeKind.Unspecified);
        return await updates.DescribeChangeAsync(turn, scope, Decide(start),
            meeting => new ConfirmationRequest(
                WhatWillHappen.Reschedule.In(turn.Locale, MarkdownEscape.Text(meeting.Theme), MeetingText.Local(meeting.LocalStart), MeetingText.Local(start), MeetingText.Zone(meeting, turn.Locale)),
                start.ToString(StartFormat, CultureInfo.InvariantCulture)),
            cancellationToken);
    }

    public async Task ActAsync(CommandTurn turn, string? details, CancellationToken cancellationToken)
    {
        if (DateTime.TryParseExact(details, StartFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            && await updates.ApplyConfirmedAsync(turn, Decide(start), cancellationToken) is var (moved, scope))
        {
            await notices.TimeMovedAsync(turn.Context, moved, scope.Actor, cancellationToken);
            await turn.Context.SendActivityAsync(SetupTexts.Rescheduled.In(turn.Locale, MeetingText.Local(moved.LocalStart), MeetingText.Zone(moved, turn.Locale)), cancellationToken);
        }
    }

    private static ChangeDecision Decide(DateTime start) =>
        (meeting, scope, now) => new RescheduleMeeting(meeting.Version, start, null, null).Decide(meeting, scope.Template, scope.Actor, now);
}
