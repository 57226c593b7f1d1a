using System.Globalization;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Chat.Meetings.Submissions.Forms;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reports;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Chat.Meetings.Reporting;

/// <summary>
/// <c>报送 市委组织部 2014-07-16</c> / <c>record submission …</c>: the secretary records where and when the approved
/// report was submitted upward; with <c>通报</c> / <c>announced</c> first, where it was announced. No date means today
/// in the meeting's zone.
/// </summary>
public sealed class RecordSubmissionCommand(CurrentMeeting current, MeetingRepository repository, TimeProvider time) : IChatCommandHandler
{
    private static readonly string[] AnnouncedWords = ["通报", "announced", "announce"];

    public ChatCommand Command { get; } = new("record-submission", ["报送"], ["record submission"], ReportingTexts.SubmissionCommand);

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var context = turn.Context;
        if (await current.FindAsync(context, cancellationToken) is not { } found)
        {
            await context.SendActivityAsync(StatusTexts.NoMeeting.In(turn.Locale), cancellationToken);
            return;
        }

        var meeting = found.Meeting;
        var now = time.GetUtcNow();
        var today = WallClock.TryFindZone(meeting.TimeZoneId, out var zone) ? DateOnly.FromDateTime(WallClock.ToLocal(now, zone)) : DateOnly.FromDateTime(now.UtcDateTime);
        var words = turn.Argument.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var kind = ReportDeliveryKind.SubmittedUpward;
        if (words.Count > 0 && AnnouncedWords.Contains(words[0], StringComparer.OrdinalIgnoreCase))
        {
            kind = ReportDeliveryKind.Announced;
            words.RemoveAt(0);
        }

        var on = today;
        if (words.Count > 1 && TalkForm.ParseDate(words[^1], today) is { } date)
        {
            on = date;
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count == 0)
        {
            await context.SendActivityAsync(ReportingTexts.SubmissionUsage.In(turn.Locale), cancellationToken);
            return;
        }

        var where = string.Join(' ', words);
        var outcome = await repository.UpdateAsync<ReportCirculation>(StorageKeys.SpecialReport(meeting.Id), stored =>
            new RecordReportDelivery(stored?.Version ?? 0, kind, where, on).Decide(meeting, stored, found.Actor, now), cancellationToken);
        var verb = kind == ReportDeliveryKind.SubmittedUpward ? ReportingTexts.SubmittedUpward : ReportingTexts.Announced;
        var reply = outcome.IsSuccess
            ? ReportingTexts.DeliveryRecorded.In(turn.Locale, ReportingTexts.TheReport.In(turn.Locale), on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), verb.In(turn.Locale), where)
            : FailureReply.For(outcome.Failure, turn.Locale);
        await context.SendActivityAsync(reply, cancellationToken);
    }
}
