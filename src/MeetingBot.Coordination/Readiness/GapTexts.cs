using System.Globalization;
using MeetingBot.Coordination.Obligations;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Readiness;

/// <summary>The wording of readiness gaps in both languages.</summary>
internal static class GapTexts
{
    public static BilingualText Incomplete(string owers, BilingualText deliverable, string? target, Progress progress, Completion required)
    {
        var (zhState, enState) = State(progress, required);
        var zhTarget = target is null ? "" : $"（对{target}）";
        var enTarget = target is null ? "" : $" (on {target})";
        return new BilingualText($"{owers}：“{deliverable.ZhCn}”{zhTarget}{zhState}", $"{owers}: “{deliverable.En}”{enTarget} {enState}");
    }

    /// <summary>等待督导组（赵组长）审阅：迟永生的“个人对照检查材料”.</summary>
    public static BilingualText AwaitingReview(BilingualText reviewers, string author, BilingualText deliverable, string? target)
    {
        var zhTarget = target is null ? "" : $"（对{target}）";
        var enTarget = target is null ? "" : $" (on {target})";
        return new BilingualText($"等待{reviewers.ZhCn}审阅：{author}的“{deliverable.ZhCn}”{zhTarget}", $"Waiting for {reviewers.En} to review: {author}'s “{deliverable.En}”{enTarget}");
    }

    public static BilingualText ReportMissing(DateOnly latest) => new(
        $"尚未向上级报告会议时间和主题（最迟应于{Zh(latest)}报告）。",
        $"The date and theme have not been reported upward (due by {En(latest)}).");

    public static BilingualText ReportTooLate(DateOnly reported, int days, DateOnly latest) => new(
        $"向上级报告的日期{Zh(reported)}不符合会前{days}天报告的要求（最迟{Zh(latest)}）。",
        string.Create(CultureInfo.InvariantCulture, $"The report upward on {En(reported)} was less than {days} days ahead (due by {En(latest)})."));

    public static BilingualText ReportOutdated(DateOnly reportedDate, DateOnly meetingDate) => new(
        $"向上级报告的会议日期{Zh(reportedDate)}与现定日期{Zh(meetingDate)}不符，需重新报告。",
        $"The report upward named {En(reportedDate)} but the meeting is now on {En(meetingDate)}; report again.");

    public static BilingualText QuorumNotReached(AttendanceSummary attendance) => new(
        $"确认参会{attendance.Attending}人，未达到应到{attendance.Members}人的{attendance.Fraction}（至少{attendance.Required}人）。",
        string.Create(CultureInfo.InvariantCulture,
            $"{attendance.Attending} of {attendance.Members} members confirmed attendance; the quorum of {attendance.Fraction} needs {attendance.Required}."));

    private static (string Zh, string En) State(Progress progress, Completion required) => progress switch
    {
        Progress.NotStarted or Progress.Draft => ("尚未提交", "not yet submitted"),
        Progress.Returned => ("已退回修改，尚未重新提交", "returned for revision, not yet resubmitted"),
        Progress.Disputed => ("对方有异议，需重新记录", "disputed by the other party; record it again"),
        _ => required switch
        {
            Completion.Approved => ("尚未审批通过", "not yet approved"),
            Completion.Confirmed => ("尚未经对方确认", "not yet confirmed by the other party"),
            Completion.Finalised => ("尚未定稿", "not yet finalised"),
            _ => ("尚未提交", "not yet submitted"),
        },
    };

    private static string Zh(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    private static string En(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
