using System.Globalization;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Reports;

/// <summary>
/// The office edits the drafted special report: the sections given replace those of the same number in the latest
/// version (or in a draft composed now when there is none), making a new version that waits for 专题报告 送审. An edit
/// after approval reopens the report (the new text needs a new review); none while the supervisors have it, and none
/// once it was delivered upward.
/// </summary>
public sealed record EditReport(long ExpectedVersion, IReadOnlyList<ReportSectionText> Sections, ReportEditKind Kind, string? FileName = null, string? DocumentKey = null)
{
    public Outcome<ReportCirculation> Decide(MeetingDossier dossier, ProcessTemplate template, Actor actor, DateTimeOffset now)
    {
        var meeting = dossier.Meeting;
        var current = dossier.Report ?? ReportCirculation.New(meeting.Id);
        if (current.RefusalToChange(meeting, actor, ExpectedVersion) is { } refusal)
        {
            return refusal;
        }

        if (current.Deliveries.Count > 0)
        {
            return Failure.Conflict(FailureCodes.ReportAlreadyDelivered);
        }

        if (template.AfterMeeting.BriefingBeforeReport && current.Briefing is null)
        {
            return Failure.Conflict(FailureCodes.BriefingFirst);
        }

        if (Sections.Count == 0 || Sections.Any(s => string.IsNullOrWhiteSpace(s.Text)))
        {
            return Failure.Invalid(Kind == ReportEditKind.Document ? FailureCodes.ReportFileWithoutSections : FailureCodes.ReportSectionTextRequired);
        }

        var basis = current.Latest?.Report ?? SpecialReportComposition.Compose(dossier, template, now);
        var numbers = string.Join("、", basis.Sections.Select(s => s.Number.ToString(CultureInfo.InvariantCulture)));
        if (Sections.FirstOrDefault(s => basis.Sections.All(b => b.Number != s.Number)) is { } unknown)
        {
            return Failure.Invalid(FailureCodes.ReportSectionNotFound, ("number", unknown.Number.ToString(CultureInfo.InvariantCulture)), ("numbers", numbers));
        }

        var edited = basis with
        {
            ComposedAt = now,
            Sections = [.. basis.Sections.Select(section => Sections.LastOrDefault(s => s.Number == section.Number) is { } text ? Replaced(section, text) : section)],
        };
        var number = current.Versions.Count + 1;
        var version = new ReportVersion(number, edited, now, actor.UserId)
        {
            Edit = new ReportEdit(actor.UserId, now, Kind, Kind == ReportEditKind.Section ? Sections[0].Number : null, FileName, DocumentKey),
        };
        var state = current.State == SubmissionState.Returned ? SubmissionState.Returned : SubmissionState.Draft;
        var detail = "v" + number.ToString(CultureInfo.InvariantCulture) + (Kind == ReportEditKind.Section ? " §" + Sections[0].Number.ToString(CultureInfo.InvariantCulture) : " docx");
        return (current with { State = state, Versions = [.. current.Versions, version] }).Changed(actor, now, AuditActions.ReportEdited, detail);
    }

    // The office writes in one language; its text stands in both, as a typed comment does.
    private static ReportSection Replaced(ReportSection section, ReportSectionText text) => section with
    {
        Heading = string.IsNullOrWhiteSpace(text.Heading) ? section.Heading : new BilingualText(text.Heading.Trim(), text.Heading.Trim()),
        Blocks = [.. text.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line => new ReportParagraph(new BilingualText(line, line)))],
    };
}
