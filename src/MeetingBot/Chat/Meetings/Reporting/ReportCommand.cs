using System.Text;
using MeetingBot.BotFramework.Proactive;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reports;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;
using MeetingBot.Chat.Meetings.Switching;

namespace MeetingBot.Chat.Meetings.Reporting;

/// <summary>
/// <c>专题报告</c> / <c>report</c>: the report as text in 1:1 (the version under review, or a draft composed now) with
/// its review and delivery state, and for the secretary, the lead and the supervisors the same report as Word and
/// Markdown files to download (<see cref="ReportFiles"/>); <c>专题报告 送审</c> / <c>report submit</c>: the secretary hands it to the
/// supervisors, who are told 1:1.
/// </summary>
public sealed class ReportCommand(MeetingResolver current, MeetingRepository repository, PersonalNotices notices, ReportFiles files, TimeProvider time) : IChatCommandHandler
{
    private static readonly string[] SubmitWords = ["送审", "提交", "submit"];

    private static readonly ArgumentShape Grammar = ArgumentShape.Keywords(
        new LocalText("送审", "submit"), SubmitWords.ToDictionary(w => w, _ => ArgumentShape.None)).OrNothing();

    public ChatCommand Command { get; } = new("special-report", ["专题报告"], ["report", "special report"], ReportingTexts.ReportCommand, Grammar);

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var context = turn.Context;
        if (await current.FindWithDossierOrSayNoneAsync(turn, cancellationToken) is not { } found)
        {
            return;
        }

        var dossier = await found.DossierAsync(cancellationToken);

        if (SubmitWords.Contains(turn.Argument.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            await SubmitAsync(turn, found, cancellationToken);
            return;
        }

        if (!PersonalConversations.IsPersonal(context.Activity.Conversation))
        {
            await context.SendActivityAsync(ReportingTexts.PrivateOnly.In(turn.Locale), cancellationToken);
            return;
        }

        var reading = SpecialReportView.Read(dossier, found.Template, found.Actor, time.GetUtcNow());
        if (!reading.IsSuccess)
        {
            await context.SendActivityAsync(FailureReply.For(reading.Failure, turn.Locale), cancellationToken);
            return;
        }

        var links = await files.PublishAsync(found, reading.Value, turn.Locale, cancellationToken);
        await context.SendActivityAsync(FileReply.With(Reply(reading.Value, found.Meeting, turn.Locale, found.Template, dossier.Report), links, turn.Locale, context.Activity.ChannelId), cancellationToken);
    }

    private async Task SubmitAsync(CommandTurn turn, MeetingInTurn found, CancellationToken cancellationToken)
    {
        var dossier = await found.DossierAsync(cancellationToken);
        var meeting = found.Meeting;
        var outcome = await repository.UpdateAsync<ReportCirculation>(turn.UnitOfWork, DocumentId.SpecialReport(meeting.Id), stored =>
            new SubmitReport(stored?.Version ?? 0).Decide(dossier with { Report = stored }, found.Template, found.Actor, time.GetUtcNow()),
            cancellationToken);
        if (!outcome.IsSuccess)
        {
            await turn.Context.SendActivityAsync(FailureReply.For(outcome.Failure, turn.Locale), cancellationToken);
            return;
        }

        var number = outcome.Value.Latest!.Number;
        await turn.Context.SendActivityAsync(ReportingTexts.Submitted.In(turn.Locale, number), cancellationToken);
        var channelId = turn.Context.Activity.ChannelId ?? string.Empty;
        foreach (var supervisor in meeting.With(Role.Supervisor))
        {
            var key = NoticeKeys.For(meeting.Id, NoticeKeys.ReportSubmitted, "report", number, supervisor.UserId);
            await notices.SendAsync(turn.Context, PersonalNotice.Text(channelId, supervisor.UserId, key,
                l => ReportingTexts.SubmittedNotice.In(l, MarkdownEscape.Text(meeting.Theme), number)), cancellationToken);
        }
    }

    public static string Reply(ReportReading reading, Meeting meeting, UserLocale locale, ProcessTemplate? template = null, ReportCirculation? stored = null)
    {
        var text = new StringBuilder();
        if (reading.IsDraft)
        {
            text.Append(ReportingTexts.DraftLabel.In(locale)).Append('\n');
        }

        text.Append(ReportText.For(reading.Report, locale));
        if (reading.Circulation is { Latest: { } latest } circulation)
        {
            text.Append("\n\n").Append(State(circulation, latest.Number, meeting, locale));
            foreach (var delivery in circulation.Deliveries)
            {
                var kind = delivery.Kind == ReportDeliveryKind.SubmittedUpward ? ReportingTexts.SubmittedUpward : ReportingTexts.Announced;
                var where = template is null ? delivery.Where : DeliveryPlace.Of(delivery, template, locale);
                text.Append('\n').Append(ReportingTexts.Delivered.In(locale, delivery.On.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), kind.In(locale), MarkdownEscape.Text(where)));
            }

            if (template is not null && circulation.State == SubmissionState.Approved && template.AfterMeeting.Addressees.Count > 0)
            {
                var missing = circulation.MissingAddressees(template);
                text.Append('\n').Append(missing.Count == 0
                    ? AfterMeetingTexts.AddresseesComplete.In(locale)
                    : AfterMeetingTexts.AddresseesMissing.In(locale, MarkdownEscape.Text(string.Join(locale == UserLocale.En ? ", " : "、", missing.Select(a => locale == UserLocale.En ? a.Name.En : a.Name.ZhCn)))));
            }
        }

        if (template is not null)
        {
            text.Append("\n\n").Append(Briefing((reading.Circulation ?? stored)?.Briefing, template, locale));
        }

        return text.ToString().TrimEnd();
    }

    private static string Briefing(ReportBriefing? briefing, ProcessTemplate template, UserLocale locale) => briefing switch
    {
        { } held => ReportingTexts.BriefingLine.In(locale, held.On.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            MarkdownEscape.Text(held.Scope), MarkdownEscape.Text(held.Content)),
        null when template.AfterMeeting.BriefingBeforeReport => AfterMeetingTexts.BriefingMissing.In(locale),
        _ => string.Empty,
    };

    private static string State(ReportCirculation circulation, int number, Meeting meeting, UserLocale locale) => circulation.State switch
    {
        _ when circulation.Latest is { IsSent: false } => ReportingTexts.StateEdited.In(locale, number),
        SubmissionState.Approved => ReportingTexts.StateApproved.In(locale, number, MarkdownEscape.Text(meeting.NameOf(circulation.Approval!.ByUserId))),
        SubmissionState.Returned when circulation.LatestReturn is { } back =>
            ReportingTexts.StateReturned.In(locale, back.VersionNumber, MarkdownEscape.Text(meeting.NameOf(back.ByUserId)), MarkdownEscape.Text(back.Comment)),
        _ => ReportingTexts.StateSubmitted.In(locale, number),
    };
}
