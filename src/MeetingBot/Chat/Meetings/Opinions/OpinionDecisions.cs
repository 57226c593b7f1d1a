using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Chat.Meetings.Switching;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Opinions;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Chat.Meetings.Opinions;

/// <summary>
/// What the opinion commands do alike: find the meeting the turn is about (or say there is none), make one decision
/// on its opinion collection, saved with the turn (the domain's refusal replied in the turn's language), and tell a
/// member an opinion is given to answer.
/// </summary>
public sealed class OpinionDecisions(MeetingResolver current, MeetingRepository repository, PersonalNotices notices, TimeProvider time)
{
    /// <param name="privately">The command is for a private chat only (what it shows or takes is the member's own).</param>
    /// <returns>The meeting in the turn; null when it was refused (the reason has been replied).</returns>
    public async Task<MeetingInTurn?> MeetingAsync(CommandTurn turn, bool privately, CancellationToken cancellationToken)
    {
        if (privately && turn.Context.Activity.Conversation?.IsGroup == true)
        {
            await turn.Context.SendActivityAsync(OpinionTexts.PrivateOnly.In(turn.Locale), cancellationToken);
            return null;
        }

        return await current.FindWithDossierOrSayNoneAsync(turn, cancellationToken);
    }

    /// <returns>The collection as saved; null when the domain refused (the refusal has been replied).</returns>
    public async Task<OpinionCollection?> DecideAsync(
        CommandTurn turn, string meetingId, Func<OpinionCollection?, DateTimeOffset, Outcome<OpinionCollection>> decide, CancellationToken cancellationToken)
    {
        var outcome = await repository.UpdateAsync<OpinionCollection>(turn.UnitOfWork, DocumentId.Opinions(meetingId), stored => decide(stored, time.GetUtcNow()), cancellationToken);
        if (outcome.IsSuccess)
        {
            return outcome.Value;
        }

        await turn.Context.SendActivityAsync(FailureReply.For(outcome.Failure, turn.Locale), cancellationToken);
        return null;
    }

    /// <summary>Tells <paramref name="assigneeId"/> 1:1 that opinion waits for his answer: its number and source, never its text.</summary>
    public Task TellAssigneeAsync(CommandTurn turn, MeetingInTurn found, OpinionCollection saved, Opinion opinion, string assigneeId, CancellationToken cancellationToken)
    {
        var key = NoticeKeys.For(found.Meeting.Id, "opinion-assigned", opinion.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), saved.Version, assigneeId);
        return notices.SendAsync(turn.Context, PersonalNotice.Text(MeetingTurn.ChannelOf(found.Meeting), assigneeId, key, locale =>
            OpinionTexts.AssignedNotice.In(locale, opinion.Number, OpinionSources.NameOf(opinion.Source, found.Template).In(locale == UserLocale.En ? "en" : "zh-CN"))), cancellationToken);
    }
}
