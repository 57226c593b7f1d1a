using System.Globalization;
using MeetingBot.BotFramework.Proactive;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Confirmations;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Chat.Meetings.Submissions.Forms;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Rectification;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Events;
using MeetingBot.Meetings.Storage;
using MeetingBot.Chat.Meetings.Switching;

namespace MeetingBot.Chat.Meetings.Rectification;

/// <summary>
/// <c>整改</c> / <c>rectification</c>: the task list (all tasks in 1:1, the published ones in a group); the secretary
/// proposes tasks from the materials' measures, adds one, or publishes (公示); an owner reports progress or completion
/// with evidence, which the secretary or the lead accepts or sends back (<see cref="AcceptanceSteps"/>); they correct,
/// split and withdraw tasks (<see cref="TaskManagementSteps"/>); 即知即改 tasks open before the meeting
/// (<see cref="ImmediateTaskStep"/>); the next meeting's 回头看 starts from them (<see cref="RectificationReviewStep"/>).
/// Owners are told 1:1 about their new tasks. The domain decides who may do what and when. New and
/// completed tasks bring the reminder schedule in step with the timetable (reminders before each due date, then
/// overdue chasing and escalation).
/// </summary>
public sealed class RectificationCommand(
    MeetingResolver current, MeetingRepository repository, PersonalNotices notices, MeetingEvents events, ConfirmationGate confirmations, TimeProvider time,
    TaskManagementSteps management, AcceptanceSteps acceptance, ImmediateTaskStep immediate, RectificationReviewStep review)
    : IConfirmedCommand
{
    public ChatCommand Command { get; } = new("rectification", ["整改"], ["rectification"], RectificationTexts.Command, RectificationWords.Grammar);

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken) => confirmations.AskAsync(this, turn, cancellationToken);

    /// <summary>
    /// <c>生成</c> (tasks for every owner, each told) and <c>公示</c> (the list shown to everyone) are confirmed first;
    /// the other steps are done at once.
    /// </summary>
    public async Task<ConfirmationRequest?> DescribeAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var context = turn.Context;
        var (step, rest) = RectificationWords.Parse(turn.Argument);
        if (step is null)
        {
            await context.SendActivityAsync(RectificationTexts.Usage.In(turn.Locale), cancellationToken);
            return null;
        }

        if (await current.FindWithDossierOrSayNoneAsync(turn, cancellationToken) is not { } found)
        {
            return null;
        }

        if (step is RectificationStep.Propose or RectificationStep.Publish)
        {
            var dossier = await found.DossierAsync(cancellationToken);
            var described = step == RectificationStep.Publish ? DescribePublish(found, dossier, turn.Locale, time.GetUtcNow()) : DescribePropose(turn, found, dossier, rest);
            if (described.Refusal is { } refusal)
            {
                await context.SendActivityAsync(refusal, cancellationToken);
            }

            return described.Request;
        }

        var reply = step switch
        {
            RectificationStep.Add => await AddAsync(turn, found, rest, cancellationToken),
            RectificationStep.Progress => await ProgressAsync(turn, found, rest, cancellationToken),
            RectificationStep.Done => await acceptance.ReportDoneAsync(turn, found, rest, cancellationToken),
            RectificationStep.Accept => await acceptance.DecideAsync(turn, found, rest, accepted: true, cancellationToken),
            RectificationStep.SendBack => await acceptance.DecideAsync(turn, found, rest, accepted: false, cancellationToken),
            RectificationStep.Correct => await management.CorrectAsync(turn, found, rest, cancellationToken),
            RectificationStep.Split => await management.SplitAsync(turn, found, rest, cancellationToken),
            RectificationStep.Withdraw => await management.WithdrawAsync(turn, found, rest, cancellationToken),
            RectificationStep.Immediate => await immediate.OpenAsync(turn, found, rest, cancellationToken),
            RectificationStep.Review => await review.ReviewAsync(turn, found, rest, cancellationToken),
            _ => List(turn, found, await found.DossierAsync(cancellationToken)),
        };
        await context.SendActivityAsync(reply, cancellationToken);
        return null;
    }

    public async Task ActAsync(CommandTurn turn, string? details, CancellationToken cancellationToken)
    {
        var (step, rest) = RectificationWords.Parse(turn.Argument);
        if (await current.FindWithDossierOrSayNoneAsync(turn, cancellationToken) is not { } found)
        {
            return;
        }

        var reply = step == RectificationStep.Publish
            ? await PublishAsync(repository, turn, found, time.GetUtcNow(), cancellationToken)
            : await ProposeAsync(turn, found, rest, cancellationToken);
        await turn.Context.SendActivityAsync(reply, cancellationToken);
    }

    /// <summary>What publishing would do now, or why it is refused (decided without saving).</summary>
    public static (string? Refusal, ConfirmationRequest? Request) DescribePublish(MeetingInTurn found, MeetingDossier dossier, UserLocale locale, DateTimeOffset now)
    {
        var stored = dossier.Rectification;
        var decided = new PublishRectificationList(stored?.Version ?? 0).Decide(found.Meeting, stored, found.Actor, now);
        return decided.IsSuccess
            ? (null, new ConfirmationRequest(WhatWillHappen.Publish.In(locale, decided.Value.LatestPublication!.TaskNumbers.Count)))
            : (FailureReply.For(decided.Failure, locale), null);
    }

    private (string? Refusal, ConfirmationRequest? Request) DescribePropose(CommandTurn turn, MeetingInTurn found, MeetingDossier dossier, string rest)
    {
        if (DueDate(found.Meeting, rest.Trim()) is not { } due)
        {
            return (rest.Trim().Length == 0 ? RectificationTexts.Usage.In(turn.Locale) : RectificationTexts.DateInvalid.In(turn.Locale, rest.Trim()), null);
        }

        var proposals = RectificationProposals.From(dossier, found.Template, due);
        if (proposals.Count == 0 && Access.AsSecretary(found.Meeting, found.Actor) is null && Access.AfterMeeting(found.Meeting) is null)
        {
            return (RectificationTexts.NothingProposed.In(turn.Locale), null);
        }

        var stored = dossier.Rectification;
        var decided = new AddRectificationTasks(stored?.Version ?? 0, proposals).Decide(found.Meeting, stored, found.Actor, time.GetUtcNow());
        if (!decided.IsSuccess)
        {
            return (FailureReply.For(decided.Failure, turn.Locale), null);
        }

        return (null, new ConfirmationRequest(WhatWillHappen.Propose.In(turn.Locale, proposals.Count, due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
    }

    public static async Task<string> PublishAsync(MeetingRepository repository, CommandTurn turn, MeetingInTurn found, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var outcome = await repository.UpdateAsync<RectificationList>(turn.UnitOfWork, DocumentId.Rectification(found.Meeting.Id), stored =>
            new PublishRectificationList(stored?.Version ?? 0).Decide(found.Meeting, stored, found.Actor, now), cancellationToken);
        return outcome.IsSuccess
            ? RectificationTexts.Published.In(turn.Locale, outcome.Value.LatestPublication!.TaskNumbers.Count)
            : FailureReply.For(outcome.Failure, turn.Locale);
    }

    private string List(CommandTurn turn, MeetingInTurn found, MeetingDossier dossier)
    {
        if (Access.AsParticipant(found.Meeting, found.Actor) is { } refusal)
        {
            return FailureReply.For(refusal, turn.Locale);
        }

        var now = time.GetUtcNow();
        return PersonalConversations.IsPersonal(turn.Context.Activity.Conversation)
            ? RectificationReply.ForParticipant(found.Meeting, dossier.Rectification, now, turn.Locale)
            : RectificationReply.ForGroup(RectificationBoard.For(dossier, found.Template, now), dossier.Rectification?.Tasks.Count ?? 0, turn.Locale);
    }

    private async Task<string> ProposeAsync(CommandTurn turn, MeetingInTurn found, string rest, CancellationToken cancellationToken)
    {
        var dossier = await found.DossierAsync(cancellationToken);
        if (DueDate(found.Meeting, rest.Trim()) is not { } due)
        {
            return rest.Trim().Length == 0 ? RectificationTexts.Usage.In(turn.Locale) : RectificationTexts.DateInvalid.In(turn.Locale, rest.Trim());
        }

        var proposals = RectificationProposals.From(dossier, found.Template, due);
        if (proposals.Count == 0 && Access.AsSecretary(found.Meeting, found.Actor) is null && Access.AfterMeeting(found.Meeting) is null)
        {
            return RectificationTexts.NothingProposed.In(turn.Locale);
        }

        // Only what is not on the list yet, decided against the list as stored (re-read on a lost race): running it
        // again says nothing new was found instead of adding every task twice.
        return await AddTasksAsync(turn, found, stored => RectificationProposals.NotOnTheList(proposals, stored), cancellationToken);
    }

    private async Task<string> AddAsync(CommandTurn turn, MeetingInTurn found, string rest, CancellationToken cancellationToken)
    {
        var words = rest.Split([' ', '\u3000'], 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var texts = words.Length == 3 ? words[2].Split(['｜', '|'], 2, StringSplitOptions.TrimEntries) : [];
        if (texts.Length < 2)
        {
            return RectificationTexts.Usage.In(turn.Locale);
        }

        var meeting = found.Meeting;
        var ownerName = words[0].TrimStart('@', '＠');
        if (meeting.Participants.FirstOrDefault(p => string.Equals(p.Name, ownerName, StringComparison.OrdinalIgnoreCase)) is not { } owner)
        {
            return RectificationTexts.NoSuchPerson.In(turn.Locale, MarkdownEscape.Text(ownerName));
        }

        if (DueDate(meeting, words[1]) is not { } due)
        {
            return RectificationTexts.DateInvalid.In(turn.Locale, MarkdownEscape.Text(words[1]));
        }

        return await AddTasksAsync(turn, found, _ => [new NewRectificationTask(texts[0], texts[1], owner.UserId, due)], cancellationToken);
    }

    private async Task<string> AddTasksAsync(
        CommandTurn turn, MeetingInTurn found, Func<RectificationList?, IReadOnlyList<NewRectificationTask>> tasksFor, CancellationToken cancellationToken)
    {
        var meeting = found.Meeting;
        var count = 0;
        var outcome = await repository.UpdateAsync<RectificationList>(turn.UnitOfWork, DocumentId.Rectification(meeting.Id), stored =>
        {
            var tasks = tasksFor(stored);
            count = tasks.Count;
            var decided = new AddRectificationTasks(stored?.Version ?? 0, tasks).Decide(meeting, stored, found.Actor, time.GetUtcNow());
            // A proposal that finds every task already listed is "nothing new", not "give a measure" — once the secretary may add at all.
            return decided.IsSuccess || tasks.Count > 0 || decided.Failure.Code != FailureCodes.MeasureRequired
                ? decided
                : Failure.Conflict(FailureCodes.NothingNewProposed);
        }, cancellationToken);
        if (!outcome.IsSuccess)
        {
            return FailureReply.For(outcome.Failure, turn.Locale);
        }

        await events.RaiseAsync(turn.UnitOfWork, MeetingChanged.Rectification(meeting.Id), cancellationToken);
        var added = outcome.Value.Tasks.TakeLast(count).ToList();
        var channelId = turn.Context.Activity.ChannelId ?? string.Empty;
        foreach (var task in added)
        {
            var key = NoticeKeys.For(meeting.Id, NoticeKeys.RectificationAssigned, $"task-{task.Number}", outcome.Value.Version, task.OwnerId);
            await notices.SendAsync(turn.Context, PersonalNotice.Text(channelId, task.OwnerId, key, l => RectificationTexts.OwnerNotice.In(l, task.Number,
                MarkdownEscape.Text(task.Measure), task.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))), cancellationToken);
        }

        return RectificationTexts.Added.In(turn.Locale, added.Count, added[0].Number, added[^1].Number);
    }

    private async Task<string> ProgressAsync(CommandTurn turn, MeetingInTurn found, string rest, CancellationToken cancellationToken)
    {
        var (number, note) = TaskManagementSteps.NumberAndText(rest);
        if (number is null)
        {
            return RectificationTexts.NumberInvalid.In(turn.Locale);
        }

        var outcome = await repository.UpdateAsync<RectificationList>(turn.UnitOfWork, DocumentId.Rectification(found.Meeting.Id), stored =>
            stored is null
                ? Failure.NotFound(FailureCodes.TaskNotFound, ("number", number.Value.ToString(CultureInfo.InvariantCulture)))
                : new UpdateRectificationTask(stored.Version, number.Value, false, note, null).Decide(found.Meeting, stored, found.Actor, time.GetUtcNow()),
            cancellationToken);
        return outcome.IsSuccess ? RectificationTexts.Progressed.In(turn.Locale, number.Value) : FailureReply.For(outcome.Failure, turn.Locale);
    }

    private DateOnly? DueDate(Meeting meeting, string text)
    {
        var now = time.GetUtcNow();
        var today = WallClock.TryFindZone(meeting.TimeZoneId, out var zone) ? DateOnly.FromDateTime(WallClock.ToLocal(now, zone)) : DateOnly.FromDateTime(now.UtcDateTime);
        return text.Length == 0 ? null : TalkForm.ParseDate(text, today);
    }
}
