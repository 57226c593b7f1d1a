using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Nudges;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;
using Microsoft.Extensions.Options;

namespace MeetingBot.Chat.Meetings.Deadlines;

/// <summary>
/// 催办 @张伟 学习情况 / 催办 书记 / nudge …: the secretary sends one person a private nudge about what he owes, or
/// the lead about what awaits his review. The domain decides (secretary only, something outstanding, the daily
/// limit) and records the nudge in the audit trail; the notice leaves with the turn through <see cref="PersonalNotices"/>.
/// </summary>
public sealed class NudgeCommand(MeetingUpdates updates, MeetingRepository repository, PersonalNotices notices, IOptions<NudgeOptions> options) : IChatCommandHandler
{
    private const string NoticeEvent = "nudged";

    private static readonly string[] LeadWords = ["书记", "主要负责同志", "主要负责人", "一把手", "lead", "the lead"];

    public ChatCommand Command => DeadlineCommands.Nudge;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await updates.ScopeAsync(turn.Context, turn.Locale, secretaryOnly: true, cancellationToken) is not { } scope
            || await repository.GetDossierAsync(turn.UnitOfWork, scope.Meeting.Id, cancellationToken) is not { } dossier)
        {
            return;
        }

        if (Target(turn, scope.Meeting) is not var (target, rest))
        {
            await turn.Context.SendActivityAsync(DeadlineTexts.NudgeWho.In(turn.Locale), cancellationToken);
            return;
        }

        DeliverableDefinition? deliverable = null;
        if (rest.Length > 0)
        {
            if (DeliverableNames.Matching(scope.Template, rest) is not [var one])
            {
                var names = string.Join("、", scope.Template.DeliverablesInPhaseOrder().Select(d => MeetingText.In(d.Name, turn.Locale)));
                await turn.Context.SendActivityAsync(DeadlineTexts.WhichDeliverable.In(turn.Locale, names), cancellationToken);
                return;
            }

            deliverable = one;
        }

        var limit = options.Value.DailyLimit;
        var nudge = new NudgePerson(0, target.UserId, deliverable?.Id, limit);
        var subject = nudge.SubjectOf(dossier, scope.Template);
        var nudged = await updates.ApplyAsync(turn.Context, turn.Locale, scope.Meeting.Id,
            (meeting, now) => (nudge with { ExpectedVersion = meeting.Version }).Decide(dossier with { Meeting = meeting }, scope.Template, scope.Actor, now), cancellationToken);
        if (nudged is null)
        {
            return;
        }

        var key = NoticeKeys.For(nudged.Id, NoticeEvent, deliverable?.Id ?? "all", nudged.Version, target.UserId);
        var reached = await notices.SendAsync(turn.Context, PersonalNotice.Text(MeetingTurn.ChannelOf(nudged), target.UserId, key,
            locale => NoticeText(nudged, scope.Template, subject, updates.Now, locale)), cancellationToken);
        var count = NudgePerson.SentToday(nudged, target.UserId, updates.Now);
        var reply = reached ? DeadlineTexts.Nudged : DeadlineTexts.NudgedNoChat;
        await turn.Context.SendActivityAsync(reply.In(turn.Locale, MarkdownEscape.Text(target.Name), count, limit), cancellationToken);
    }

    /// <summary>The person named: an @mention on the roster, a lead word (书记), or a roster name; then what follows.</summary>
    private static (Participant Target, string After)? Target(CommandTurn turn, Meeting meeting)
    {
        var text = turn.Argument.Trim();
        foreach (var mentioned in PeopleAnswer.Mentioned(turn.Context.Activity))
        {
            if (meeting.Find(mentioned.UserId) is { } participant)
            {
                var at = text.IndexOf(participant.Name, StringComparison.Ordinal);
                return (participant, at < 0 ? string.Empty : text[(at + participant.Name.Length)..].Trim());
            }
        }

        var typed = text.TrimStart('@', '＠');
        foreach (var word in LeadWords.OrderByDescending(w => w.Length))
        {
            if (typed.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return (meeting.Lead, typed[word.Length..].Trim());
            }
        }

        var byName = meeting.Participants.Where(p => p.Name.Length > 0 && typed.StartsWith(p.Name, StringComparison.Ordinal)).MaxBy(p => p.Name.Length);
        return byName is null ? null : (byName, typed[byName.Name.Length..].Trim());
    }

    private static string NoticeText(Meeting meeting, ProcessTemplate template, NudgeSubject subject, DateTimeOffset now, UserLocale locale)
    {
        var lines = new List<string> { DeadlineTexts.NudgeNoticeHeading.In(locale, MarkdownEscape.Text(meeting.Theme)) };
        foreach (var id in subject.Owed)
        {
            var name = template.FindDeliverable(id) is { } d ? MeetingText.In(d.Name, locale) : id;
            var due = meeting.DeadlineOf(id) is { } deadline ? MeetingText.Local(deadline.LocalDue) : "-";
            lines.Add(DeadlineTexts.NudgeNoticeOwed.In(locale, name, due));
        }

        if (subject.AwaitingReview > 0)
        {
            var days = subject.OldestWaitingSince is { } since ? Math.Max(0, (int)(now - since).TotalDays) : 0;
            lines.Add(DeadlineTexts.NudgeNoticeReview.In(locale, subject.AwaitingReview, days));
        }

        return string.Join("\n", lines);
    }
}
