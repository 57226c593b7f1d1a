using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Switching;
using MeetingBot.Coordination.Opinions;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Chat.Meetings.Opinions;

/// <summary>
/// What the opinion commands do alike: one decision on the meeting's opinion collection, saved with the turn (the
/// domain's refusal replied in the turn's language), and the notice to a member an opinion is given to answer.
/// </summary>
public sealed class OpinionDecisions(MeetingRepository repository, PersonalNotices notices, TimeProvider time)
{
    /// <returns>The collection as saved; null when the domain refused (the refusal has been replied).</returns>
    public async Task<OpinionCollection?> DecideAsync(
        CommandTurn turn, string meetingId, Func<OpinionCollection?, DateTimeOffset, Outcome<OpinionCollection>> decide, CancellationToken cancellationToken)
    {
        var outcome = await repository.UpdateAsync<OpinionCollection>(turn.UnitOfWork, OpinionCollection.KeyOf(meetingId), stored => decide(stored, time.GetUtcNow()), cancellationToken);
        if (outcome.IsSuccess)
        {
            return outcome.Value;
        }

        await turn.Context.SendActivityAsync(FailureReply.For(outcome.Failure, turn.Locale), cancellationToken);
        return null;
    }

    /// <summary>Tells <paramref name="assigneeId"/> 1:1 that opinion waits for his answer: its number and source, never its text.</summary>
    public Task TellAssigneeAsync(CommandTurn turn, MeetingInContext found, OpinionCollection saved, Opinion opinion, string assigneeId, CancellationToken cancellationToken)
    {
        var key = NoticeKeys.For(found.Meeting.Id, "opinion-assigned", opinion.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), saved.Version, assigneeId);
        return notices.SendAsync(turn.Context, PersonalNotice.Text(MeetingTurn.ChannelOf(found.Meeting), assigneeId, key, locale =>
            OpinionTexts.AssignedNotice.In(locale, opinion.Number, OpinionSources.NameOf(opinion.Source, found.Template).In(locale == UserLocale.En ? "en" : "zh-CN"))), cancellationToken);
    }
}
