using System.Text.RegularExpressions;
using MeetingBot.BotFramework.Dialogs.Prompts;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;

namespace MeetingBot.Chat.Meetings.Deadlines;

/// <summary>
/// 延期 &lt;材料&gt; &lt;日期&gt; 原因：… / move deadline …: the secretary moves one deliverable's deadline. A date without a
/// time keeps the deadline's own time of day. The domain decides (and refuses other roles, saying who may); the saved
/// change raises the meeting's event, so the reminder schedule follows the new deadline.
/// </summary>
public sealed partial class MoveDeadlineCommand(MeetingUpdates updates) : IChatCommandHandler
{
    public ChatCommand Command => DeadlineCommands.MoveDeadline;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await updates.ScopeAsync(turn.Context, turn.Locale, secretaryOnly: false, cancellationToken) is not { } scope)
        {
            return;
        }

        // A member asking for more time is told whom to ask, before anything he typed is checked.
        if (MoveDeadline.MayMove(scope.Meeting, scope.Actor) is { } refusal)
        {
            await turn.Context.SendActivityAsync(FailureReply.For(refusal, turn.Locale), cancellationToken);
            return;
        }

        var (rest, reason) = SplitReason(turn.Argument);
        if (rest.Length == 0)
        {
            await turn.Context.SendActivityAsync(DeadlineTexts.MoveUsage.In(turn.Locale), cancellationToken);
            return;
        }

        var zone = DateTimeText.ZoneOrDefault(scope.Meeting.TimeZoneId);
        if (Read(rest, scope.Template, zone, updates.Now) is not var (deliverable, date, time))
        {
            var names = string.Join("、", scope.Template.DeliverablesInPhaseOrder().Select(d => MeetingText.In(d.Name, turn.Locale)));
            await turn.Context.SendActivityAsync(DeadlineTexts.WhichDeliverable.In(turn.Locale, names) + "\n\n" + DeadlineTexts.MoveUsage.In(turn.Locale), cancellationToken);
            return;
        }

        if (date is null)
        {
            // Only the deliverable named (能不能把学习心得的截止时间往后推一推): ask for the date, rather than say it is unreadable.
            var onlyNamed = DeliverableNames.Matching(scope.Template, rest) is [_];
            await turn.Context.SendActivityAsync(onlyNamed
                ? DeadlineTexts.MoveNeedsDate.In(turn.Locale, MeetingText.In(deliverable.Name, turn.Locale))
                : DeadlineTexts.MoveDateUnreadable.In(turn.Locale), cancellationToken);
            return;
        }

        var before = scope.Meeting.DeadlineOf(deliverable.Id);
        var due = date.Value.ToDateTime(time ?? TimeOnly.FromTimeSpan(before?.LocalDue.TimeOfDay ?? TimeSpan.FromHours(18)));
        var moved = await updates.ApplyAsync(turn.Context, turn.Locale, scope.Meeting.Id,
            (meeting, now) => new MoveDeadline(meeting.Version, deliverable.Id, due, reason).Decide(meeting, scope.Template, scope.Actor, now), cancellationToken);
        if (moved?.DeadlineOf(deliverable.Id) is { } after)
        {
            await turn.Context.SendActivityAsync(DeadlineTexts.Moved.In(turn.Locale, MeetingText.In(deliverable.Name, turn.Locale),
                before is null ? "-" : MeetingText.Local(before.LocalDue), MeetingText.Local(after.LocalDue), MeetingText.Zone(moved, turn.Locale),
                MarkdownEscape.Text(reason ?? string.Empty)), cancellationToken);
        }
    }

    /// <summary>The text before 原因 / reason, and the reason (null when none was given; the domain then asks for one).</summary>
    private static (string Before, string? Reason) SplitReason(string argument)
    {
        var match = ReasonPattern().Match(argument);
        return match.Success
            ? (argument[..match.Index].Trim(), match.Groups["reason"].Value.Trim())
            : (argument.Trim(), null);
    }

    /// <summary>
    /// The deliverable and the date: the name is what comes before the first place where the remainder reads as a
    /// date (names in English have spaces). The date is null when a deliverable was named but no date recognised.
    /// </summary>
    private static (DeliverableDefinition Deliverable, DateOnly? Date, TimeOnly? Time)? Read(string text, ProcessTemplate template, TimeZoneInfo zone, DateTimeOffset now)
    {
        DeliverableDefinition? named = null;
        for (var i = text.IndexOf(' ', StringComparison.Ordinal); i > 0; i = text.IndexOf(' ', i + 1))
        {
            var name = text[..i].Trim();
            if (DeliverableNames.Matching(template, name) is not [var deliverable])
            {
                continue;
            }

            named ??= deliverable;
            var recognition = DateTimeText.Recognize(text[(i + 1)..].Trim(), zone, now, futureOnly: false);
            if (recognition is { Status: DateTimeRecognitionStatus.Recognized or DateTimeRecognitionStatus.InThePast, Value: { } value })
            {
                return (deliverable, DateOnly.FromDateTime(value.DateTime), recognition.HasTime ? TimeOnly.FromDateTime(value.DateTime) : null);
            }
        }

        if (named is null && DeliverableNames.Matching(template, text) is [var only])
        {
            named = only;
        }

        return named is null ? null : (named, null, null);
    }

    [GeneratedRegex(@"[，,;；]?\s*(?:原因|理由|reason)\s*[:：]?\s*(?<reason>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ReasonPattern();
}
