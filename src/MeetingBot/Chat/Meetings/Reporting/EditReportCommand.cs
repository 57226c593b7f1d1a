using System.Globalization;
using System.Text.RegularExpressions;
using MeetingBot.BotFramework.Proactive;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Chat.Meetings.Submissions;
using MeetingBot.Chat.Meetings.Switching;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reports;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Chat.Meetings.Reporting;

/// <summary>
/// <c>修改报告 2 会议于……召开</c> / <c>edit-report 2 …</c>: the office replaces one section's text of the drafted special
/// report; <c>修改报告</c> with a Word file attached: the file's numbered sections (一、 二、 …) replace the report's. Either
/// makes a new version the office then hands in with <c>专题报告 送审</c>; the domain decides who may and when.
/// </summary>
public sealed partial class EditReportCommand(MeetingResolver current, MeetingRepository repository, MaterialUpload upload, TimeProvider time) : IChatCommandHandler
{
    public ChatCommand Command { get; } = new("special-report-edit", ["修改报告"], ["edit-report"], ReportingTexts.EditReportCommand,
        ArgumentShape.Text(new LocalText("2 会议于12月7日在党委会议室召开", "2 The meeting was held on 7 December")).OrNothing());

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var context = turn.Context;
        var locale = turn.Locale;
        if (!PersonalConversations.IsPersonal(context.Activity.Conversation))
        {
            await context.SendActivityAsync(ReportingTexts.PrivateOnly.In(locale), cancellationToken);
            return;
        }

        if (await current.FindWithDossierOrSayNoneAsync(turn, cancellationToken) is not { } found)
        {
            return;
        }

        var dossier = await found.DossierAsync(cancellationToken);

        var key = DocumentId.SpecialReport(found.Meeting.Id);
        EditReport edit;
        if (turn.Argument.Trim().Length == 0)
        {
            // Only the office may store a file under the report: refuse before the upload is read and kept.
            if (Coordination.Permissions.Access.AsSecretary(found.Meeting, found.Actor) is { } notOffice)
            {
                await context.SendActivityAsync(FailureReply.For(notOffice, locale), cancellationToken);
                return;
            }

            var (document, refusal) = await upload.ReadDocumentAsync(context.Activity, DocumentKeys.Of(key), locale, cancellationToken);
            if (document is null)
            {
                await context.SendActivityAsync(refusal ?? ReportingTexts.EditReportUsage.In(locale), cancellationToken);
                return;
            }

            edit = new EditReport(0, ReportDocumentSections.Parse(document.ExtractedText), ReportEditKind.Document, document.FileName, document.StorageKey);
        }
        else if (Section(turn.Argument) is { } typed)
        {
            edit = new EditReport(0, [typed], ReportEditKind.Section);
        }
        else
        {
            await context.SendActivityAsync(ReportingTexts.EditReportUsage.In(locale), cancellationToken);
            return;
        }

        var outcome = await repository.UpdateAsync<ReportCirculation>(turn.UnitOfWork, key, stored =>
            (edit with { ExpectedVersion = stored?.Version ?? 0 }).Decide(dossier with { Report = stored }, found.Template, found.Actor, time.GetUtcNow()),
            cancellationToken);
        if (!outcome.IsSuccess)
        {
            await context.SendActivityAsync(FailureReply.For(outcome.Failure, locale), cancellationToken);
            return;
        }

        var version = outcome.Value.Latest!;
        var what = edit.Kind == ReportEditKind.Document
            ? ReportingTexts.EditedFromFile.In(locale, MarkdownEscape.Text(edit.FileName ?? string.Empty), edit.Sections.Count)
            : ReportingTexts.EditedSection.In(locale, edit.Sections[0].Number);
        await context.SendActivityAsync(ReportingTexts.Edited.In(locale, version.Number, what), cancellationToken);
    }

    /// <summary>第二部分：…, 2 …, 二、…, section 2 …: the section number and the text after it; null when it does not start with one.</summary>
    private static ReportSectionText? Section(string argument)
    {
        var match = SectionArgument().Match(argument.Trim());
        if (!match.Success)
        {
            return null;
        }

        var numeral = match.Groups["n"].Value;
        var number = int.TryParse(CommandText.AsciiDigits(numeral), NumberStyles.None, CultureInfo.InvariantCulture, out var digits)
            ? digits
            : "一二三四五六七八九十".IndexOf(numeral[0], StringComparison.Ordinal) + 1;
        return new ReportSectionText(number, null, match.Groups["t"].Value.Trim());
    }

    [GeneratedRegex(@"^(?:section\s*)?第?\s*(?<n>[0-9０-９]{1,2}|[一二三四五六七八九十])\s*(?:部分|节)?\s*[、.．:：,，]?\s*(?<t>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex SectionArgument();
}
