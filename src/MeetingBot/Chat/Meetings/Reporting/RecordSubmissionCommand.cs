using System.Globalization;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Confirmations;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Chat.Meetings.Submissions.Forms;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reports;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;
using MeetingBot.Chat.Meetings.Switching;

namespace MeetingBot.Chat.Meetings.Reporting;

/// <summary>
/// <c>报送 市委组织部 2014-07-16</c> / <c>record submission …</c>: the secretary records where and when the approved
/// report was submitted upward; with <c>通报</c> / <c>announced</c> first, where it was announced. No date means today
/// in the meeting's zone. The record cannot be undone, so it is confirmed first.
/// </summary>
public sealed class RecordSubmissionCommand(MeetingResolver current, MeetingRepository repository, ConfirmationGate confirmations, TimeProvider time)
    : IConfirmedCommand
{
    private const string DateFormat = "yyyy-MM-dd";

    private static readonly string[] AnnouncedWords = ["通报", "announced", "announce"];

    public ChatCommand Command { get; } = new("record-submission", ["报送", "报告已报送"], ["record submission", "report delivered"], ReportingTexts.SubmissionCommand,
        ArgumentShape.Text(new LocalText("市委组织部 2030-02-01", "county organisation department 2030-02-01")));

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken) => confirmations.AskAsync(this, turn, cancellationToken);

    public async Task<ConfirmationRequest?> DescribeAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var context = turn.Context;
        if (await current.FindWithDossierOrSayNoneAsync(turn, cancellationToken) is not { } found)
        {
            return null;
        }

        var dossier = await found.DossierAsync(cancellationToken);

        var now = time.GetUtcNow();
        if (Read(turn.Argument, Today(found.Meeting, now)) is not { } delivery)
        {
            await context.SendActivityAsync(ReportingTexts.SubmissionUsage.In(turn.Locale), cancellationToken);
            return null;
        }

        var decided = new RecordReportDelivery(dossier.Report?.Version ?? 0, delivery.Kind, delivery.Where, delivery.On)
            .Decide(found.Meeting, found.Template, dossier.Report, found.Actor, now);
        if (!decided.IsSuccess)
        {
            await context.SendActivityAsync(FailureReply.For(decided.Failure, turn.Locale), cancellationToken);
            return null;
        }

        var on = delivery.On.ToString(DateFormat, CultureInfo.InvariantCulture);
        var where = DeliveryPlace.Of(decided.Value.Deliveries[^1], found.Template, turn.Locale);
        return new ConfirmationRequest(WhatWillHappen.RecordDelivery.In(turn.Locale, on, Verb(delivery.Kind).In(turn.Locale), where), on);
    }

    public async Task ActAsync(CommandTurn turn, string? details, CancellationToken cancellationToken)
    {
        var context = turn.Context;
        if (await current.FindWithDossierOrSayNoneAsync(turn, cancellationToken) is not { } found)
        {
            return;
        }

        // The date shown for confirmation ("today" then), not today as it is now.
        var shown = DateOnly.TryParseExact(details, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : Today(found.Meeting, time.GetUtcNow());
        if (Read(turn.Argument, shown) is not { } delivery)
        {
            return;
        }

        var meeting = found.Meeting;
        var outcome = await repository.UpdateAsync<ReportCirculation>(turn.UnitOfWork, DocumentId.SpecialReport(meeting.Id), stored =>
            new RecordReportDelivery(stored?.Version ?? 0, delivery.Kind, delivery.Where, delivery.On).Decide(meeting, found.Template, stored, found.Actor, time.GetUtcNow()),
            cancellationToken);
        var reply = outcome.IsSuccess
            ? ReportingTexts.DeliveryRecorded.In(turn.Locale, ReportingTexts.TheReport.In(turn.Locale), delivery.On.ToString(DateFormat, CultureInfo.InvariantCulture),
                Verb(delivery.Kind).In(turn.Locale), DeliveryPlace.Of(outcome.Value.Deliveries[^1], found.Template, turn.Locale)) + Remaining(outcome.Value, found, turn.Locale)
            : FailureReply.For(outcome.Failure, turn.Locale);
        await context.SendActivityAsync(reply, cancellationToken);
    }

    /// <summary>After a submission upward: who still waits for the report, or that all have it.</summary>
    private static string Remaining(ReportCirculation report, MeetingInTurn found, UserLocale locale)
    {
        if (found.Template.AfterMeeting.Addressees.Count == 0 || report.Deliveries[^1].Kind != ReportDeliveryKind.SubmittedUpward)
        {
            return string.Empty;
        }

        var missing = report.MissingAddressees(found.Template);
        return "\n" + (missing.Count == 0
            ? AfterMeetingTexts.AddresseesComplete.In(locale)
            : AfterMeetingTexts.AddresseesMissing.In(locale, string.Join(locale == UserLocale.En ? ", " : "、", missing.Select(a => locale == UserLocale.En ? a.Name.En : a.Name.ZhCn))));
    }

    private static LocalText Verb(ReportDeliveryKind kind) => kind == ReportDeliveryKind.SubmittedUpward ? ReportingTexts.SubmittedUpward : ReportingTexts.Announced;

    private static DateOnly Today(Meeting meeting, DateTimeOffset now) =>
        WallClock.TryFindZone(meeting.TimeZoneId, out var zone) ? DateOnly.FromDateTime(WallClock.ToLocal(now, zone)) : DateOnly.FromDateTime(now.UtcDateTime);

    /// <summary>Kind, place and date from <c>[通报] 地点 [日期]</c>; null without a place.</summary>
    private static (ReportDeliveryKind Kind, string Where, DateOnly On)? Read(string argument, DateOnly today)
    {
        var words = argument.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
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

        return words.Count == 0 ? null : (kind, string.Join(' ', words), on);
    }
}
