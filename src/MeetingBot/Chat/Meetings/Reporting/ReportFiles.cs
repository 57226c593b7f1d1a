using System.Globalization;
using System.Text;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Reports;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Documents.Links;
using MeetingBot.Localization;
using MeetingBot.Meetings.Documents;
using MeetingBot.Reports;
using MeetingBot.Reports.Rendering;
using MeetingBot.Storage.Documents;
using MeetingBot.Chat.Meetings.Switching;

namespace MeetingBot.Chat.Meetings.Reporting;

/// <summary>
/// Renders the report a reader is shown as Word (.docx) and Markdown (.md) in his language, stores each as the next
/// version of the meeting's file for that report version, and issues him download links — only when
/// <see cref="DocumentAccess"/> lets him have the files (the secretary, the lead, the supervisors).
/// </summary>
public sealed class ReportFiles(IDocumentStore documents, DocumentLinks links, TimeProvider time)
{
    public const string MarkdownContentType = "text/markdown; charset=utf-8";

    public async Task<IReadOnlyList<DocumentLink>> PublishAsync(MeetingInTurn found, ReportReading reading, UserLocale locale, CancellationToken cancellationToken)
    {
        var meeting = found.Meeting;
        if (!DocumentAccess.MayDownloadReport(meeting, found.Actor))
        {
            return [];
        }

        var number = reading.IsDraft ? null : reading.Circulation?.Latest?.Number;
        var document = SpecialReportDocument.For(reading.Report, locale, LocalDate(meeting, reading.Report.ComposedAt));
        var now = time.GetUtcNow();
        var word = WordReportRenderer.Render(document, new RenderOptions(locale, found.Actor.Name, now));
        var markdown = Encoding.UTF8.GetBytes(MarkdownReportRenderer.Render(document, locale));
        var name = FileName(number, locale);
        return
        [
            await StoreAsync(found, MeetingFileKeys.Report(meeting.Id, number, "docx"), word, UploadedDocument.WordContentType, name + ".docx", cancellationToken),
            await StoreAsync(found, MeetingFileKeys.Report(meeting.Id, number, "md"), markdown, MarkdownContentType, name + ".md", cancellationToken),
        ];
    }

    public static string FileName(int? number, UserLocale locale) => (number, locale) switch
    {
        (null, UserLocale.En) => "special-report-draft",
        ({ } v, UserLocale.En) => "special-report-v" + v.ToString(CultureInfo.InvariantCulture),
        (null, _) => "专题报告-草稿",
        ({ } v, _) => "专题报告-第" + v.ToString(CultureInfo.InvariantCulture) + "稿",
    };

    private async Task<DocumentLink> StoreAsync(
        MeetingInTurn found, string key, byte[] content, string contentType, string fileName, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(content, writable: false);
        var stored = await documents.PutAsync(key, stream, contentType, fileName, cancellationToken);
        return await links.IssueAsync(key, stored.Version, fileName, contentType, found.Actor.UserId);
    }

    private static DateOnly? LocalDate(Meeting meeting, DateTimeOffset instant) =>
        WallClock.TryFindZone(meeting.TimeZoneId, out var zone) ? DateOnly.FromDateTime(WallClock.ToLocal(instant, zone)) : null;
}
