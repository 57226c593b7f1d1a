using System.Globalization;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Submissions.Forms;
using MeetingBot.Chat.Meetings.Switching;
using MeetingBot.Coordination.Rectification;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;

namespace MeetingBot.Chat.Meetings.Rectification;

/// <summary>
/// <c>整改 即改 2 12月30日 措施</c>: a member opens a 即知即改 task from problem 2 of his own list, before the meeting;
/// the secretary names the member first (<c>整改 即改 张伟 2 …</c>). The problem list is read from the dossier the
/// turn already holds; the domain checks the problem was acknowledged.
/// </summary>
public sealed class ImmediateTaskStep(TaskManagementSteps steps, PersonalNotices notices, TimeProvider time)
{
    public async Task<string> OpenAsync(CommandTurn turn, MeetingInTurn found, string rest, CancellationToken cancellationToken)
    {
        var dossier = await found.DossierAsync(cancellationToken);
        var meeting = found.Meeting;
        var words = rest.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var ownerId = found.Actor.UserId;
        if (words.Count > 0 && !int.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            var name = words[0].TrimStart('@', '＠');
            if (meeting.Participants.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) is not { } owner)
            {
                return RectificationTexts.NoSuchPerson.In(turn.Locale, MarkdownEscape.Text(name));
            }

            ownerId = owner.UserId;
            words.RemoveAt(0);
        }

        if (words.Count < 3 || !int.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out var problem))
        {
            return TaskManagementTexts.ImmediateUsage.In(turn.Locale);
        }

        if (TalkForm.ParseDate(words[1], RectificationDates.Today(meeting, time.GetUtcNow())) is not { } due)
        {
            return RectificationTexts.DateInvalid.In(turn.Locale, MarkdownEscape.Text(words[1]));
        }

        var measure = string.Join(' ', words.Skip(2));
        var problems = found.Template.FindDeliverable(DeliverableKind.ProblemList) is { } deliverable
            ? dossier.Submissions.FirstOrDefault(s => s.DeliverableId == deliverable.Id && s.AuthorId == ownerId)?.Latest?.Content as ProblemList
            : null;
        var outcome = await steps.UpdateAsync(found, stored => new Opening(new OpenImmediateTask(stored?.Version ?? 0, ownerId, problem, measure, due), problems), cancellationToken);
        if (!outcome.IsSuccess)
        {
            return FailureReply.For(outcome.Failure, turn.Locale);
        }

        var task = outcome.Value.Tasks[^1];
        if (task.OwnerId != found.Actor.UserId)
        {
            var key = NoticeKeys.For(meeting.Id, NoticeKeys.RectificationAssigned, $"task-{task.Number}", outcome.Value.Version, task.OwnerId);
            await notices.SendAsync(turn.Context, PersonalNotice.Text(TaskManagementSteps.ChannelOf(turn), task.OwnerId, key, l => RectificationTexts.OwnerNotice.In(l, task.Number,
                MarkdownEscape.Text(task.Measure), RectificationDates.Iso(task.DueDate))), cancellationToken);
        }

        return TaskManagementTexts.ImmediateOpened.In(turn.Locale, task.Number, MarkdownEscape.Text(task.Measure), RectificationDates.Iso(task.DueDate));
    }

    /// <summary>The opening with the owner's problem list, as one decision on the stored list.</summary>
    private sealed record Opening(OpenImmediateTask Command, ProblemList? Problems) : IRectificationDecision
    {
        public Coordination.Outcomes.Outcome<RectificationList> Decide(Coordination.Meetings.Meeting meeting, RectificationList? list, Coordination.Meetings.Actor actor, DateTimeOffset now) =>
            Command.Decide(meeting, list, Problems, actor, now);
    }
}
