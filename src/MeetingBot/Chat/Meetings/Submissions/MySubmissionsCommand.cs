using System.Text;
using MeetingBot.BotFramework.Proactive;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Submissions.Forms;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.CriticismOutlines;
using MeetingBot.Coordination.Talks;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;
using MeetingBot.Chat.Meetings.Switching;

namespace MeetingBot.Chat.Meetings.Submissions;

/// <summary>
/// <c>我的提交</c> / <c>my submissions</c>: the member's own submissions and talk records with their states, and
/// separately the outlines disclosed to them (Disclosure.ToMe). Each item shows its latest content and its history
/// (versions, returns with the comment, approvals), which only its author reads here. Only in 1:1: a group is told to
/// ask privately.
/// </summary>
public sealed class MySubmissionsCommand(MeetingResolver lookup, MeetingRepository repository, IEnumerable<ISubmissionForm> forms) : IChatCommandHandler
{
    public static readonly ChatCommand Definition = new("my-submissions", ["我的提交"], ["my-submissions", "mine"], SubmissionTexts.MySubmissionsCommand, ArgumentShape.None);

    private readonly Dictionary<SubmissionKind, ISubmissionForm> _forms = forms.ToDictionary(f => f.Kind);

    public ChatCommand Command => Definition;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var context = turn.Context;
        var locale = turn.Locale;
        if (await lookup.ParticipantOrRefuseAsync(context, null, cancellationToken) is not { } found)
        {
            return;
        }

        if (!PersonalConversations.IsPersonal(context.Activity.Conversation))
        {
            await context.SendActivityAsync(SubmissionTexts.MineInGroup.In(locale), cancellationToken);
            return;
        }

        var dossier = await repository.GetDossierAsync(turn.UnitOfWork, found.Meeting.Id, cancellationToken);
        var me = found.Actor.UserId;
        var meeting = found.Meeting;
        var english = locale == UserLocale.En;
        var lines = new List<string>();
        foreach (var submission in dossier!.Submissions.Where(s => s.AuthorId == me))
        {
            var name = found.Template.FindDeliverable(submission.DeliverableId)?.Name;
            // The review reference leads (提纲7): what 撤回 and the lead's 批准 name it by.
            var title = (submission.Reference is { } reference ? ReviewReferenceText.Of(reference, locale) + " " : string.Empty)
                + (name is null ? submission.DeliverableId : english ? name.En : name.ZhCn)
                + (submission.TargetId is null ? string.Empty : " → " + MarkdownEscape.Text(meeting.NameOf(submission.TargetId)));
            lines.Add(SubmissionTexts.MineLine.In(locale, title, SubmissionStates.Name(submission.State, locale), submission.Versions.Count,
                submission.Draft is null ? string.Empty : SubmissionTexts.MineHasDraft.In(locale)) + Details(found, submission, locale));
        }

        foreach (var talk in dossier.TalkRecords.Where(t => t.Pair.Includes(me)))
        {
            lines.Add(SubmissionTexts.MineTalkLine.In(locale, MarkdownEscape.Text(meeting.NameOf(talk.Pair.OtherThan(me))), SubmissionStates.Name(talk.State, locale)));
        }

        var text = new StringBuilder(lines.Count == 0 ? SubmissionTexts.MineNone.In(locale) : SubmissionTexts.MineHeading.In(locale));
        lines.ForEach(l => text.Append("\n- ").Append(l));
        var disclosed = Disclosure.ToMe(dossier, found.Actor);
        if (disclosed.IsSuccess && disclosed.Value.Count > 0)
        {
            text.Append("\n\n").Append(SubmissionTexts.DisclosedHeading.In(locale));
            foreach (var outline in disclosed.Value)
            {
                text.Append("\n- ").Append(SubmissionTexts.DisclosedLine.In(locale, MarkdownEscape.Text(outline.AuthorName), outline.VersionNumber, outline.Points.Count));
            }
        }

        await context.SendActivityAsync(text.ToString(), cancellationToken);
    }

    /// <summary>The latest content and the history under the item's line, as a nested list (the author's own only).</summary>
    private string Details(MeetingInTurn found, Submission submission, UserLocale locale)
    {
        var history = SubmissionHistory.Of(found.Meeting, submission, found.Actor, found.Template);
        if (!history.IsSuccess || submission.Latest is not { } latest)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        if (_forms.TryGetValue(SubmissionKinds.FromDeliverableKind(submission.Kind) ?? SubmissionKind.Talk, out var form))
        {
            text.Append("\n  - ").Append(SubmissionHistoryTexts.Content.In(locale, latest.Number));
            foreach (var line in form.Summary(latest.Content, found.Template, locale).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                text.Append("\n    ").Append(line.TrimEnd());
            }
        }

        text.Append("\n  - ").Append(SubmissionHistoryTexts.History.In(locale));
        foreach (var step in history.Value)
        {
            text.Append("\n    - ").Append(Step(found, submission, step, locale));
        }

        if (submission.State is SubmissionState.Returned or SubmissionState.Withdrawn)
        {
            var argument = submission.Reference is { } reference
                ? ReviewReferenceText.Of(reference, locale)
                : SubmissionKinds.Word(SubmissionKinds.FromDeliverableKind(submission.Kind) ?? SubmissionKind.Talk, locale)
                    + (submission.TargetId is null ? string.Empty : " @" + found.Meeting.NameOf(submission.TargetId));
            text.Append("\n  - ").Append(SubmissionHistoryTexts.Revise.In(locale, argument));
        }

        return text.ToString();
    }

    private static string Step(MeetingInTurn found, Submission submission, SubmissionEvent step, UserLocale locale)
    {
        var at = HistoryDates.Short(step.At, found.Meeting.TimeZoneId, locale);
        var reviewer = MarkdownEscape.Text(submission.Reviews.FirstOrDefault(r => r.VersionNumber == step.VersionNumber && r.At == step.At) is { } decision
            ? found.Meeting.NameOf(decision.ByUserId)
            : string.Empty);
        var comment = MarkdownEscape.Text(step.Comment);
        return step.Kind switch
        {
            SubmissionEventKind.Submitted => SubmissionHistoryTexts.Submitted.In(locale, at, step.VersionNumber),
            SubmissionEventKind.Resubmitted => SubmissionHistoryTexts.Resubmitted.In(locale, at, step.VersionNumber),
            SubmissionEventKind.Returned => SubmissionHistoryTexts.Returned.In(locale, at, step.VersionNumber, reviewer, comment),
            SubmissionEventKind.HandedOn => SubmissionHistoryTexts.HandedOn.In(locale, at, step.VersionNumber,
                MarkdownEscape.Text(found.Meeting.NameOf(step.FromUserId ?? string.Empty)), MarkdownEscape.Text(found.Meeting.NameOf(step.ToUserId ?? string.Empty)), comment),
            _ when step.Comment is null => SubmissionHistoryTexts.Approved.In(locale, at, step.VersionNumber, reviewer),
            _ => SubmissionHistoryTexts.ApprovedWithComment.In(locale, at, step.VersionNumber, reviewer, comment),
        };
    }
}
