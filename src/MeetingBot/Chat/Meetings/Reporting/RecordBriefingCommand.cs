using System.Globalization;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Chat.Meetings.Submissions.Forms;
using MeetingBot.Chat.Meetings.Switching;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reports;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Chat.Meetings.Reporting;

/// <summary>
/// <c>记录通报会 12月9日 范围：全体干部 内容：…</c> / <c>record briefing Dec 9 scope: … content: …</c>: the secretary or
/// the lead records the briefing (通报会) held after the meeting. No date means today in the meeting's zone. It can be
/// recorded again to correct it until the report is handed in, so nothing is confirmed first.
/// </summary>
public sealed class RecordBriefingCommand(MeetingResolver current, MeetingRepository repository, TimeProvider time) : IChatCommandHandler
{
    private static readonly string[] ScopeWords = ["范围", "scope"];

    private static readonly string[] ContentWords = ["内容", "content"];

    public ChatCommand Command { get; } = new("record-briefing", ["记录通报会", "通报会"], ["record briefing", "briefing"], ReportingTexts.BriefingCommand,
        ArgumentShape.Text(new LocalText("12月9日 范围：全体干部 内容：民主生活会情况", "2030-02-01 scope: all cadres content: how the meeting went")));

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var context = turn.Context;
        if (await current.FindWithDossierOrSayNoneAsync(turn, cancellationToken) is not { } found)
        {
            return;
        }

        var meeting = found.Meeting;
        var now = time.GetUtcNow();
        if (Read(turn.Argument, Today(meeting, now)) is not { } briefing)
        {
            await context.SendActivityAsync(ReportingTexts.BriefingUsage.In(turn.Locale), cancellationToken);
            return;
        }

        var outcome = await repository.UpdateAsync<ReportCirculation>(turn.UnitOfWork, DocumentId.SpecialReport(meeting.Id), stored =>
            new RecordBriefing(stored?.Version ?? 0, briefing.On, briefing.Scope, briefing.Content).Decide(meeting, stored, found.Actor, time.GetUtcNow()),
            cancellationToken);
        var reply = outcome.IsSuccess
            ? ReportingTexts.BriefingRecorded.In(turn.Locale, briefing.On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), MarkdownEscape.Text(briefing.Scope))
            : FailureReply.For(outcome.Failure, turn.Locale);
        await context.SendActivityAsync(reply, cancellationToken);
    }

    private static DateOnly Today(Meeting meeting, DateTimeOffset now) =>
        WallClock.TryFindZone(meeting.TimeZoneId, out var zone) ? DateOnly.FromDateTime(WallClock.ToLocal(now, zone)) : DateOnly.FromDateTime(now.UtcDateTime);

    /// <summary>Date, scope and content from <c>[日期] 范围：… 内容：…</c>; null when a marker is missing or the date is unreadable.</summary>
    internal static (DateOnly On, string Scope, string Content)? Read(string argument, DateOnly today)
    {
        var scopeAt = IndexOf(argument, ScopeWords);
        var contentAt = IndexOf(argument, ContentWords);
        if (scopeAt is not { } scope || contentAt is not { } content || content.At < scope.At)
        {
            return null;
        }

        var dateText = argument[..scope.At].Trim();
        DateOnly? on = dateText.Length == 0 ? today : TalkForm.ParseDate(dateText, today);
        if (on is null)
        {
            return null;
        }

        return (on.Value, Value(argument[(scope.At + scope.Length)..content.At]), Value(argument[(content.At + content.Length)..]));
    }

    private static (int At, int Length)? IndexOf(string text, string[] words)
    {
        foreach (var word in words)
        {
            var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                return (at, word.Length);
            }
        }

        return null;
    }

    private static string Value(string text) => text.Trim().TrimStart('：', ':').Trim().TrimEnd('，', ',', '；', ';').Trim();
}
