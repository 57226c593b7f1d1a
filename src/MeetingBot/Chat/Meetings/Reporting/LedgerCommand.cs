using MeetingBot.BotFramework.Proactive;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Documents;
using MeetingBot.Reports;
using MeetingBot.Reports.Rendering;
using MeetingBot.Storage.Documents;
using MeetingBot.Documents.Links;
using MeetingBot.Coordination.Texts;
using MeetingBot.Chat.Meetings.Switching;

namespace MeetingBot.Chat.Meetings.Reporting;

/// <summary>
/// <c>台账</c> / <c>ledger</c>: the secretary gets the meeting's ledger as an .xlsx workbook (<see cref="MeetingLedger"/>),
/// stored as the next version of the meeting's ledger file, with a download link; in 1:1 only, refused to anyone else.
/// </summary>
public sealed class LedgerCommand(MeetingResolver current, IDocumentStore documents, DocumentLinks links, TimeProvider time) : IChatCommandHandler
{
    public const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public ChatCommand Command { get; } = new("ledger", ["台账"], ["ledger"], ReportingTexts.LedgerCommand, ArgumentShape.None);

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var context = turn.Context;
        if (await current.FindWithDossierOrSayNoneAsync(turn, cancellationToken) is not { } found)
        {
            return;
        }

        var dossier = await found.DossierAsync(cancellationToken);

        if (Access.AsSecretary(found.Meeting, found.Actor) is { } refusal)
        {
            await context.SendActivityAsync(FailureReply.For(refusal, turn.Locale), cancellationToken);
            return;
        }

        if (!PersonalConversations.IsPersonal(context.Activity.Conversation))
        {
            await context.SendActivityAsync(ReportingTexts.LedgerPrivateOnly.In(turn.Locale), cancellationToken);
            return;
        }

        var now = time.GetUtcNow();
        var workbook = MeetingLedger.For(dossier, found.Template, turn.Locale, now);
        var content = LedgerWriter.Render(workbook, new RenderOptions(turn.Locale, found.Actor.Name, now));
        var key = MeetingFileKeys.Ledger(found.Meeting.Id);
        var fileName = (turn.Locale == UserLocale.En ? "ledger" : "台账") + ".xlsx";
        using var stream = new MemoryStream(content, writable: false);
        var stored = await documents.PutAsync(key, stream, WorkbookContentType, fileName, cancellationToken);
        var link = await links.IssueAsync(key, stored.Version, fileName, WorkbookContentType, found.Actor.UserId);
        await context.SendActivityAsync(
            FileReply.With(ReportingTexts.LedgerReady.In(turn.Locale, MarkdownEscape.Text(found.Meeting.Theme)), [link], turn.Locale, context.Activity.ChannelId), cancellationToken);
    }
}
