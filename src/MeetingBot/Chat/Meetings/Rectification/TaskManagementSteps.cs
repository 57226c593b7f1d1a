using System.Globalization;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Submissions.Forms;
using MeetingBot.Chat.Meetings.Switching;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Rectification;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Events;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Chat.Meetings.Rectification;

/// <summary>
/// <c>整改 更正 / 拆分 / 撤销</c>: the secretary or the lead keeps the list right. One field per correction, as an office
/// would say it (<c>整改 更正 3 责任人 李敏</c>); the domain decides who may and what is valid. A new owner and the
/// owner of a withdrawn task are told 1:1; the reminders follow through the rectification event.
/// </summary>
public sealed class TaskManagementSteps(MeetingRepository repository, PersonalNotices notices, MeetingEvents events, TimeProvider time)
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["措施"] = "measure", ["整改措施"] = "measure", ["measure"] = "measure",
        ["问题"] = "problem", ["针对问题"] = "problem", ["problem"] = "problem",
        ["责任人"] = "owner", ["owner"] = "owner",
        ["时限"] = "due", ["完成时限"] = "due", ["due"] = "due",
    };

    public async Task<string> CorrectAsync(CommandTurn turn, MeetingInTurn found, string rest, CancellationToken cancellationToken)
    {
        var dossier = await found.DossierAsync(cancellationToken);
        var (number, text) = NumberAndText(rest);
        var words = text?.Split([' ', '\u3000', '：', ':'], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        if (number is null || words.Length < 2 || !Fields.TryGetValue(words[0], out var field))
        {
            return TaskManagementTexts.CorrectUsage.In(turn.Locale);
        }

        var meeting = found.Meeting;
        var value = words[1];
        TaskCorrection correction;
        switch (field)
        {
            case "owner":
                var name = value.TrimStart('@', '＠');
                if (meeting.Participants.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) is not { } owner)
                {
                    return RectificationTexts.NoSuchPerson.In(turn.Locale, MarkdownEscape.Text(name));
                }

                correction = new TaskCorrection(OwnerId: owner.UserId);
                break;
            case "due":
                if (TalkForm.ParseDate(value, RectificationDates.Today(meeting, time.GetUtcNow())) is not { } due)
                {
                    return RectificationTexts.DateInvalid.In(turn.Locale, MarkdownEscape.Text(value));
                }

                correction = new TaskCorrection(DueDate: due);
                break;
            case "problem":
                correction = new TaskCorrection(Problem: value);
                break;
            default:
                correction = new TaskCorrection(Measure: value);
                break;
        }

        var before = dossier.Rectification?.Find(number.Value)?.OwnerId;
        var outcome = await UpdateAsync(found, stored => new CorrectRectificationTask(stored?.Version ?? 0, number.Value, correction), cancellationToken);
        if (!outcome.IsSuccess)
        {
            return FailureReply.For(outcome.Failure, turn.Locale);
        }

        if (outcome.Value.Find(number.Value) is { } task && task.OwnerId != before)
        {
            var key = NoticeKeys.For(meeting.Id, NoticeKeys.RectificationAssigned, $"task-{task.Number}", outcome.Value.Version, task.OwnerId);
            await notices.SendAsync(turn.Context, PersonalNotice.Text(ChannelOf(turn), task.OwnerId, key, l => TaskManagementTexts.OwnerChangedNotice.In(l, task.Number,
                MarkdownEscape.Text(task.Measure), RectificationDates.Iso(task.DueDate))), cancellationToken);
        }

        return TaskManagementTexts.Corrected.In(turn.Locale, number.Value);
    }

    public async Task<string> SplitAsync(CommandTurn turn, MeetingInTurn found, string rest, CancellationToken cancellationToken)
    {
        var dossier = await found.DossierAsync(cancellationToken);
        var (number, text) = NumberAndText(rest);
        var measures = text?.Split(['｜', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        if (number is null || text is null)
        {
            return TaskManagementTexts.SplitUsage.In(turn.Locale);
        }

        var before = dossier.Rectification?.NextNumber ?? 1;
        var outcome = await UpdateAsync(found, stored => new SplitRectificationTask(stored?.Version ?? 0, number.Value, measures), cancellationToken);
        if (!outcome.IsSuccess)
        {
            return FailureReply.For(outcome.Failure, turn.Locale);
        }

        var added = outcome.Value.Tasks.Where(t => t.Number >= before).Select(t => t.Number.ToString(CultureInfo.InvariantCulture));
        return TaskManagementTexts.Split.In(turn.Locale, number.Value, measures.Length, string.Join(turn.Locale == UserLocale.En ? ", " : "、", added));
    }

    public async Task<string> WithdrawAsync(CommandTurn turn, MeetingInTurn found, string rest, CancellationToken cancellationToken)
    {
        var (number, reason) = NumberAndText(rest);
        if (number is null)
        {
            return TaskManagementTexts.WithdrawUsage.In(turn.Locale);
        }

        var outcome = await UpdateAsync(found, stored => new WithdrawRectificationTask(stored?.Version ?? 0, number.Value, reason ?? string.Empty), cancellationToken);
        if (!outcome.IsSuccess)
        {
            return FailureReply.For(outcome.Failure, turn.Locale);
        }

        var withdrawn = outcome.Value.Withdrawn[^1];
        if (withdrawn.Task.OwnerId != found.Actor.UserId)
        {
            var key = NoticeKeys.For(found.Meeting.Id, NoticeKeys.RectificationAssigned, $"task-{number}-withdrawn", outcome.Value.Version, withdrawn.Task.OwnerId);
            await notices.SendAsync(turn.Context, PersonalNotice.Text(ChannelOf(turn), withdrawn.Task.OwnerId, key,
                l => TaskManagementTexts.WithdrawnNotice.In(l, number.Value, MarkdownEscape.Text(withdrawn.Reason))), cancellationToken);
        }

        return TaskManagementTexts.Withdrawn.In(turn.Locale, number.Value);
    }

    /// <summary>Decides against the list as stored (re-read on a lost race) and brings the reminders in step.</summary>
    internal async Task<Outcome<RectificationList>> UpdateAsync(MeetingInTurn found, Func<RectificationList?, IRectificationDecision> command, CancellationToken cancellationToken)
    {
        var outcome = await repository.UpdateAsync<RectificationList>(found.UnitOfWork, DocumentId.Rectification(found.Meeting.Id), stored =>
            command(stored).Decide(found.Meeting, stored, found.Actor, time.GetUtcNow()), cancellationToken);
        if (outcome.IsSuccess)
        {
            await events.RaiseAsync(found.UnitOfWork, MeetingChanged.Rectification(found.Meeting.Id), cancellationToken);
        }

        return outcome;
    }

    internal static (int? Number, string? Text) NumberAndText(string rest)
    {
        var words = rest.Split([' ', '\u3000'], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length == 0 || !int.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? (null, null)
            : (number, words.Length > 1 ? words[1] : null);
    }

    internal static string ChannelOf(CommandTurn turn) => turn.Context.Activity.ChannelId ?? string.Empty;
}
