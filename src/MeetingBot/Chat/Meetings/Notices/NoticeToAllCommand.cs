using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Confirmations;
using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;

namespace MeetingBot.Chat.Meetings.Notices;

/// <summary>
/// 通知 &lt;text&gt; / notify &lt;text&gt; (给大家发个通知，…; 通知全体：…): the secretary or the lead writes a notice; it is
/// read back with whom it goes to and sent, once confirmed, to every other participant in his own 1:1 chat — one
/// notice per person, keyed by the meeting version its audit entry made, so a replayed turn sends nothing twice. The
/// sender learns how many it went to and who has no 1:1 chat to receive it.
/// </summary>
public sealed class NoticeToAllCommand(MeetingUpdates updates, ConfirmationGate confirmations, PersonalNotices notices) : IConfirmedCommand
{
    public ChatCommand Command { get; } = new("meeting.notice", ["通知", "通知全体", "通知大家", "发通知"], ["notify", "notify everyone"], NoticeTexts.Command,
        ArgumentShape.Text(new LocalText("明天下午3点在第二会议室开筹备会", "the preparatory meeting is tomorrow at 3 pm in Room 2")));

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken) => confirmations.AskAsync(this, turn, cancellationToken);

    public async Task<ConfirmationRequest?> DescribeAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await updates.ScopeAsync(turn.Context, turn.Locale, secretaryOnly: false, cancellationToken) is not { } scope)
        {
            return null;
        }

        var (meeting, text) = (scope.Meeting, turn.Argument.Trim());
        var decided = new SendNotice(meeting.Version, text).Decide(meeting, scope.Actor, updates.Now);
        if (!decided.IsSuccess)
        {
            // A member's refusal names whom to ask; an empty notice gets an example, as other commands' usage does.
            var reply = text.Length == 0 ? NoticeTexts.Usage.In(turn.Locale) : FailureReply.For(decided.Failure, turn.Locale);
            await turn.Context.SendActivityAsync(reply, cancellationToken);
            return null;
        }

        var recipients = SendNotice.Recipients(meeting, scope.Actor);
        return new ConfirmationRequest(
            NoticeTexts.WhatWillHappen.In(turn.Locale, MarkdownEscape.Text(meeting.Theme), recipients.Count,
                UserLocales.List(turn.Locale, recipients.Select(p => MarkdownEscape.Text(p.Name))), MarkdownEscape.Text(text)),
            text);
    }

    public async Task ActAsync(CommandTurn turn, string? details, CancellationToken cancellationToken)
    {
        if (details is not { } text || await updates.ScopeAsync(turn.Context, turn.Locale, secretaryOnly: false, cancellationToken) is not { } scope)
        {
            return;
        }

        var sent = await updates.ApplyAsync(turn.Context, turn.Locale, scope.Meeting.Id,
            (meeting, now) => new SendNotice(meeting.Version, text).Decide(meeting, scope.Actor, now), cancellationToken);
        if (sent is null)
        {
            return;
        }

        var channelId = MeetingTurn.ChannelOf(sent);
        var notReached = new List<string>();
        var recipients = SendNotice.Recipients(sent, scope.Actor);
        foreach (var participant in recipients)
        {
            var notice = PersonalNotice.Text(channelId, participant.UserId, NoticeKeys.For(sent.Id, NoticeKeys.NoticeToAll, "meeting", sent.Version, participant.UserId),
                locale => NoticeTexts.Received.In(locale, MarkdownEscape.Text(sent.Theme), MarkdownEscape.Text(scope.Actor.Name), MarkdownEscape.Text(text)));
            if (!await notices.SendAsync(turn.Context, notice, cancellationToken))
            {
                notReached.Add(MarkdownEscape.Text(participant.Name));
            }
        }

        var reply = NoticeTexts.Sent.In(turn.Locale, recipients.Count - notReached.Count);
        if (notReached.Count > 0)
        {
            reply += "\n\n" + NoticeTexts.NotReached.In(turn.Locale, UserLocales.List(turn.Locale, notReached));
        }

        await turn.Context.SendActivityAsync(reply, cancellationToken);
    }
}
