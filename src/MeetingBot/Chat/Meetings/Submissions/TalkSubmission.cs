using MeetingBot.BotFramework.Builder;
using MeetingBot.Chat.Meetings.Submissions.Forms;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Chat.Meetings.Switching;

namespace MeetingBot.Chat.Meetings.Submissions;

/// <summary>Records a talk from the flow's answers and asks the partner, in their own 1:1 chat, to confirm it.</summary>
public sealed class TalkSubmission(SubmissionUpdates store, TalkNotice notice)
{
    public async Task RecordAsync(ITurnContext turn, MeetingInTurn found, SubmissionFlowState state, CancellationToken cancellationToken)
    {
        var locale = UserLocales.From(turn.Activity.Locale);
        var partnerId = state.Request.TargetId!;
        var recorded = await store.RecordTalkAsync(found, partnerId, TalkForm.Build(state.Answers, store.Today(found.Meeting)), cancellationToken);
        if (!recorded.IsSuccess)
        {
            await turn.SendActivityAsync(FailureReply.For(recorded.Failure, locale), cancellationToken);
            return;
        }

        var partner = MarkdownEscape.Text(state.Request.TargetName ?? partnerId);
        await turn.SendActivityAsync(SubmissionTexts.TalkRecorded.In(locale, recorded.Value.Latest.Number, partner), cancellationToken);
        var reached = await notice.SendAsync(turn, found.Meeting, found.Actor, partnerId, recorded.Value, cancellationToken);
        await turn.SendActivityAsync((reached ? SubmissionTexts.TalkPartnerNotified : SubmissionTexts.TalkPartnerNotReachable).In(locale, partner), cancellationToken);
    }
}
