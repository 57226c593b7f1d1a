using MeetingBot.Chat.Commands;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Chat.Meetings.Switching;

namespace MeetingBot.Chat.Meetings.Submissions;

/// <summary>
/// <c>确认谈话 @成员</c> / <c>confirm-talk @member</c> and <c>异议 @成员 说明</c> / <c>dispute @member note</c>: the
/// party who did not record a talk answers it. The reply names only the partner, so it is safe anywhere.
/// </summary>
public sealed class TalkAnswerCommand(MeetingResolver lookup, SubmissionUpdates store, TalkAnswerNotice notice, TimeProvider time, bool confirm) : IChatCommandHandler
{
    public static readonly ChatCommand Confirm = new("confirm-talk", ["确认谈话"], ["confirm-talk", "confirm talk"], SubmissionTexts.ConfirmTalkCommand, ArgumentShape.Name(new LocalText("@张伟", "@Zhang Wei")));
    public static readonly ChatCommand Dispute = new("dispute-talk", ["异议"], ["dispute"], SubmissionTexts.DisputeTalkCommand, ArgumentShape.Name(new LocalText("@张伟 谈话日期不对", "@Zhang Wei the date is wrong")));

    public ChatCommand Command => confirm ? Confirm : Dispute;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var context = turn.Context;
        var locale = turn.Locale;
        if (await lookup.ParticipantOrRefuseAsync(context, null, cancellationToken) is not { } found)
        {
            return;
        }

        var partner = MentionedParticipant.Find(context.Activity, found.Meeting, turn.Argument, out var typed);
        if (partner is null)
        {
            if (typed.Length == 0)
            {
                // The talks the other party recorded and this person has yet to answer (confirm or dispute alike).
                var talks = found.Template.Deliverables.Where(d => d.Kind == DeliverableKind.TalkRecord).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
                var name = locale == UserLocale.En ? "talk record" : "谈话记录";
                await TargetChoice.SendAsync(context, found, l => talks.Contains(l.DeliverableId) && l.AwaitsThisPerson, SubmissionTexts.NoTalkToConfirm, name, locale, time.GetUtcNow(), cancellationToken);
                return;
            }

            await context.SendActivityAsync(SubmissionTexts.TargetUnknown.In(locale, typed), cancellationToken);
            return;
        }

        var note = MentionedParticipant.AfterName(turn.Argument);
        if (!confirm && note.Length == 0)
        {
            await context.SendActivityAsync(SubmissionTexts.DisputeNoteRequired.In(locale), cancellationToken);
            return;
        }

        var answered = await store.AnswerTalkAsync(found, partner.UserId, confirm, confirm ? null : note, cancellationToken);
        if (answered.IsSuccess)
        {
            await notice.SendAsync(context, found, answered.Value, confirm ? null : note, cancellationToken);
        }

        await context.SendActivityAsync(answered.IsSuccess
            ? (confirm ? SubmissionTexts.TalkConfirmed : SubmissionTexts.TalkDisputed).In(locale, MarkdownEscape.Text(partner.Name))
            : FailureReply.For(answered.Failure, locale), cancellationToken);
    }
}
