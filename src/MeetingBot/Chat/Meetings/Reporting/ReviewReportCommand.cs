using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reports;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;
using MeetingBot.Chat.Meetings.Switching;

namespace MeetingBot.Chat.Meetings.Reporting;

/// <summary>
/// <c>审阅报告 通过 [意见]</c> / <c>review report approve [comment]</c> and <c>审阅报告 退回 意见</c> /
/// <c>review report return comment</c>: a supervisor decides on the latest version; the secretaries are told 1:1.
/// </summary>
public sealed class ReviewReportCommand(MeetingResolver current, MeetingRepository repository, PersonalNotices notices, TimeProvider time) : IChatCommandHandler
{
    private static readonly string[] ApproveWords = ["通过", "批准", "approve"];
    private static readonly string[] ReturnWords = ["退回", "return"];

    private static readonly ArgumentShape Grammar = ArgumentShape.Keywords(
        new LocalText("通过 同意上报", "approve fine to submit"),
        ApproveWords.Concat(ReturnWords).ToDictionary(w => w, _ => ArgumentShape.Text(new LocalText("意见", "comment")).OrNothing())).OrNothing();

    public ChatCommand Command { get; } = new("review-report", ["审阅报告"], ["review report"], ReportingTexts.ReviewCommand, Grammar);

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var context = turn.Context;
        var parts = turn.Argument.Split([' ', '\u3000'], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var approve = parts.Length > 0 && ApproveWords.Contains(parts[0], StringComparer.OrdinalIgnoreCase);
        if (parts.Length == 0 || !(approve || ReturnWords.Contains(parts[0], StringComparer.OrdinalIgnoreCase)))
        {
            await context.SendActivityAsync(ReportingTexts.ReviewUsage.In(turn.Locale), cancellationToken);
            return;
        }

        if (await current.FindWithDossierOrSayNoneAsync(turn, cancellationToken) is not { } found)
        {
            return;
        }

        var meeting = found.Meeting;
        var comment = parts.Length > 1 ? parts[1] : null;
        var now = time.GetUtcNow();
        // The version decided on is the one stored now: the supervisor reviews what "专题报告" shows him.
        var outcome = await repository.UpdateAsync<ReportCirculation>(turn.UnitOfWork, DocumentId.SpecialReport(meeting.Id), stored => approve
            ? new ApproveReport(stored?.Version ?? 0, comment).Decide(meeting, stored, found.Actor, now)
            : new ReturnReport(stored?.Version ?? 0, comment ?? string.Empty).Decide(meeting, stored, found.Actor, now),
            cancellationToken);
        if (!outcome.IsSuccess)
        {
            await context.SendActivityAsync(FailureReply.For(outcome.Failure, turn.Locale), cancellationToken);
            return;
        }

        var number = outcome.Value.Latest!.Number;
        var reviewer = MarkdownEscape.Text(meeting.NameOf(found.Actor.UserId));
        await context.SendActivityAsync((approve ? ReportingTexts.Approved : ReportingTexts.Returned).In(turn.Locale, number), cancellationToken);
        var channelId = context.Activity.ChannelId ?? string.Empty;
        foreach (var secretary in meeting.With(Role.Secretary))
        {
            var key = NoticeKeys.For(meeting.Id, NoticeKeys.ReportReviewed, $"report-{found.Actor.UserId}", number, secretary.UserId);
            await notices.SendAsync(context, PersonalNotice.Text(channelId, secretary.UserId, key, l => approve
                ? ReportingTexts.ApprovedNotice.In(l, number, reviewer)
                : ReportingTexts.ReturnedNotice.In(l, number, reviewer, MarkdownEscape.Text(comment))), cancellationToken);
        }
    }
}
