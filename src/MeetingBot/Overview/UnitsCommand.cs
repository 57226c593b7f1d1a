using MeetingBot.WebChannel.DirectLine;
using MeetingBot.Chat.Commands;
using MeetingBot.Coordination.Texts;
using MeetingBot.Meetings;
using MeetingBot.People;
using Microsoft.Extensions.Options;

namespace MeetingBot.Overview;

/// <summary>
/// 各单位进度 / units: the superior's view in chat, for an overseer (the directory person the channel vouched for):
/// one short entry per unit's meeting below his unit (or below the unit he named), and the page's address for
/// sorting, filtering and the export. Anyone else is told who can give the role.
/// </summary>
public sealed partial class UnitsCommand(
    PeopleDirectoryStore people, DirectoryIdentity identity, OverviewReader reader, IOptions<DirectLineOptions> directLine, ILogger<UnitsCommand> logger)
    : IChatCommandHandler
{
    /// <summary>A chat answer stays readable on a phone; the page has every unit.</summary>
    public const int MaxLines = 30;

    public Chat.ChatCommand Command => OverviewCommands.Units;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var locale = turn.Locale;
        var directory = await people.GetAsync(cancellationToken);
        var viewer = DirectoryIdentity.PersonIn(directory, turn.Context.Activity, identity.EmulatorTrusted);
        var unit = Coordination.People.UnitPath.Normalise(turn.Argument);
        var progress = await reader.ProgressAsync(directory, viewer, unit, cancellationToken);
        if (!progress.IsSuccess)
        {
            LogRefused(logger, viewer?.Id ?? "-", progress.Failure.Code);
            await turn.Context.SendActivityAsync(FailureReply.For(progress.Failure, locale), cancellationToken);
            return;
        }

        var scope = unit ?? Coordination.People.UnitScope.OverseenBy(directory, viewer)!;
        var rows = progress.Value;
        var lines = new List<string>
        {
            rows.Count == 0
                ? OverviewTexts.None.In(locale, MarkdownEscape.Text(scope))
                : OverviewTexts.Heading.In(locale, MarkdownEscape.Text(scope), rows.Count),
        };
        foreach (var (row, i) in rows.Take(MaxLines).Select((r, i) => (r, i)))
        {
            lines.Add(OverviewTexts.Line.In(locale,
                i + 1, MarkdownEscape.Text(row.Unit), MarkdownEscape.Text(row.Theme), OverviewCells.MeetingDate(row), OverviewWords.Stage(row.Stage).In(locale),
                OverviewCells.Reported(row, locale), MarkdownEscape.Text(GapsOf(row, locale)), OverviewCells.Held(row, locale),
                OverviewWords.Report(row.Report).In(locale), OverviewCells.Rectification(row, locale)));
        }

        if (rows.Count > MaxLines)
        {
            lines.Add(OverviewTexts.More.In(locale, rows.Count - MaxLines));
        }

        lines.Add(OverviewTexts.Page.In(locale, directLine.Value.PublicUrl.TrimEnd('/') + OverviewPage.Path));
        await turn.Context.SendActivityAsync(string.Join("\n\n", lines), cancellationToken);
    }

    // Names and counts only: the gap texts name who owes which item, never what anyone wrote.
    private static string GapsOf(Coordination.Overview.UnitProgress row, Localization.UserLocale locale)
    {
        var gaps = OverviewCells.Gaps(row, locale).Take(3).ToList();
        return gaps.Count == 0
            ? OverviewCells.GapCount(row, locale)
            : $"{OverviewCells.GapCount(row, locale)}（{string.Join("；", gaps)}{(row.Gaps.Count > gaps.Count ? "…" : string.Empty)}）";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Units overview refused to {PersonId}: {Code}")]
    private static partial void LogRefused(ILogger logger, string personId, string code);
}
