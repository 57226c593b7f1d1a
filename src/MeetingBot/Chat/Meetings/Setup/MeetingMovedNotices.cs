using MeetingBot.BotFramework.Builder;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// After 改期 or 改地点, everyone else in the meeting is told in his own 1:1 chat where and when it now is — otherwise he
/// learns it only by asking, and may go to the old room. Each notice is keyed by the meeting's version, so a retried
/// turn does not send it twice; someone without a 1:1 chat sees it in 进度 and 我的任务.
/// </summary>
public sealed class MeetingMovedNotices(PersonalNotices notices)
{
    private static readonly LocalText Moved = new(
        "【{0}】会议改期到 {1}（{2}），地点：{3}。各项截止时间随之调整，发送“我的任务”查看。",
        "[{0}] The meeting moved to {1} ({2}), at {3}. Every deadline moved with it; send \"my tasks\" to see yours.");

    private static readonly LocalText PlaceChanged = new(
        "【{0}】会议地点改为：{3}（时间不变：{1}，{2}）。",
        "[{0}] The meeting is now at {3} (same time: {1}, {2}).");

    public Task TimeMovedAsync(ITurnContext turnContext, Meeting moved, Actor actor, CancellationToken cancellationToken) =>
        SendAsync(turnContext, moved, actor, Moved, cancellationToken);

    public Task PlaceChangedAsync(ITurnContext turnContext, Meeting moved, Actor actor, CancellationToken cancellationToken) =>
        SendAsync(turnContext, moved, actor, PlaceChanged, cancellationToken);

    private async Task SendAsync(ITurnContext turnContext, Meeting moved, Actor actor, LocalText text, CancellationToken cancellationToken)
    {
        var channelId = MeetingTurn.ChannelOf(moved);
        foreach (var participant in moved.Participants.Where(p => p.UserId != actor.UserId))
        {
            await notices.SendAsync(turnContext, PersonalNotice.Text(channelId, participant.UserId,
                NoticeKeys.For(moved.Id, NoticeKeys.MeetingMoved, "meeting", moved.Version, participant.UserId),
                locale => text.In(locale, MarkdownEscape.Text(moved.Theme), MeetingText.Local(moved.LocalStart), MeetingText.Zone(moved, locale), MarkdownEscape.Text(moved.Place))),
                cancellationToken);
        }
    }
}
