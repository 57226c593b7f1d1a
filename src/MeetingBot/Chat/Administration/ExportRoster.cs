using MeetingBot.Chat.Meetings.Reporting;
using MeetingBot.People;
using MeetingBot.People.Roster;

namespace MeetingBot.Chat.Administration;

/// <summary>管理员 导出: the directory as a 花名册.xlsx, offered by a personal download link (as a file where the channel takes files).</summary>
public sealed class ExportRoster(RosterExportFile export, PeopleDirectoryStore store) : IAdministrationAction
{
    public IReadOnlyList<string> Words { get; } = ["导出", "export"];

    public async Task RunAsync(AdministrationTurn turn, CancellationToken cancellationToken)
    {
        var count = (await store.GetAsync(cancellationToken)).People.Count;
        var link = await export.PublishAsync(turn.Administrator, cancellationToken);
        var context = turn.Command.Context;
        await context.SendActivityAsync(
            FileReply.With(AdministrationTexts.Exported.In(turn.Locale, count), [link], turn.Locale, context.Activity.ChannelId), cancellationToken);
    }
}
