using MeetingBot.Documents;
using MeetingBot.People.Roster;

namespace MeetingBot.Chat.Administration;

/// <summary>
/// 管理员 导入 [跳过错误行] with the roster attached: read by the same upload reader as material (only the channel's
/// own attachment, within the size limit, its bytes checked), then imported all-or-nothing unless told to skip.
/// </summary>
public sealed class ImportRoster(UploadedFileReader reader, RosterImporter importer) : IAdministrationAction
{
    public IReadOnlyList<string> Words { get; } = ["导入", "import"];

    public async Task RunAsync(AdministrationTurn turn, CancellationToken cancellationToken)
    {
        var skip = AdministrationCommands.SkipBadRows.Contains(turn.Argument, StringComparer.OrdinalIgnoreCase);
        switch (await reader.ReadAsync(turn.Command.Context.Activity, UploadedFileType.Rosters, cancellationToken))
        {
            case UploadOutcome.Accepted { File: var file }:
                var format = file.Type == UploadedFileType.Xlsx ? RosterFormat.Xlsx : RosterFormat.Csv;
                var report = await importer.ImportAsync(file.Content, format, turn.Administrator, skip, cancellationToken);
                await turn.ReplyAsync(report.Text(turn.Locale, AdministrationTexts.ImportSkipHint.In(turn.Locale)), cancellationToken);
                break;
            case UploadOutcome.NoFile:
                await turn.ReplyAsync(AdministrationTexts.ImportNoFile, cancellationToken);
                break;
            case UploadOutcome.WrongType:
                await turn.ReplyAsync(AdministrationTexts.ImportWrongType, cancellationToken);
                break;
            case UploadOutcome.TooLarge tooLarge:
                await turn.ReplyAsync(AdministrationTexts.ImportTooLarge, cancellationToken, tooLarge.LimitBytes / 1024 / 1024);
                break;
            default:
                await turn.ReplyAsync(AdministrationTexts.ImportFailed, cancellationToken);
                break;
        }
    }
}
