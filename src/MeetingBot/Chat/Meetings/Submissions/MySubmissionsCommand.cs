using System.Text;
using MeetingBot.BotFramework.Proactive;
using MeetingBot.Chat.Commands;
using MeetingBot.Coordination.CriticismOutlines;
using MeetingBot.Coordination.Talks;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Chat.Meetings.Submissions;

/// <summary>
/// <c>我的提交</c> / <c>my submissions</c>: the member's own submissions and talk records with their states, and
/// separately the outlines disclosed to them (Disclosure.ToMe). Only in 1:1: a group is told to ask privately.
/// </summary>
public sealed class MySubmissionsCommand(MeetingLookup lookup, MeetingRepository repository) : IChatCommandHandler
{
    public static readonly ChatCommand Definition = new("my-submissions", ["我的提交"], ["my-submissions", "mine"], SubmissionTexts.MySubmissionsCommand, ArgumentShape.None);

    public ChatCommand Command => Definition;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var context = turn.Context;
        var locale = turn.Locale;
        var (found, refusal) = await lookup.FindAsync(context, null, cancellationToken);
        if (found is null)
        {
            await context.SendActivityAsync(refusal!, cancellationToken);
            return;
        }

        if (!PersonalConversations.IsPersonal(context.Activity.Conversation))
        {
            await context.SendActivityAsync(SubmissionTexts.MineInGroup.In(locale), cancellationToken);
            return;
        }

        var dossier = await repository.GetDossierAsync(found.Meeting.Id, cancellationToken);
        var me = found.Actor.UserId;
        var meeting = found.Meeting;
        var english = locale == UserLocale.En;
        var lines = new List<string>();
        foreach (var submission in dossier!.Submissions.Where(s => s.AuthorId == me))
        {
            var name = found.Template.FindDeliverable(submission.DeliverableId)?.Name;
            // The review reference leads (提纲7): what 撤回 and the lead's 批准 name it by.
            var title = (submission.Reference is { } reference ? Reviews.ReviewReferenceText.Of(reference, locale) + " " : string.Empty)
                + (name is null ? submission.DeliverableId : english ? name.En : name.ZhCn)
                + (submission.TargetId is null ? string.Empty : " → " + MarkdownEscape.Text(meeting.NameOf(submission.TargetId)));
            lines.Add(SubmissionTexts.MineLine.In(locale, title, SubmissionStates.Name(submission.State, locale), submission.Versions.Count,
                submission.Draft is null ? string.Empty : SubmissionTexts.MineHasDraft.In(locale)));
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
}
