using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Talks;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Submissions;

/// <summary>The states of submissions and talk records as people read them.</summary>
public static class SubmissionStates
{
    public static readonly LocalText Draft = new("草稿", "draft");
    public static readonly LocalText Submitted = new("已提交", "submitted");
    public static readonly LocalText Returned = new("已退回", "returned");
    public static readonly LocalText Resubmitted = new("已重新提交", "resubmitted");
    public static readonly LocalText Approved = new("已通过", "approved");
    public static readonly LocalText Withdrawn = new("已撤回（草稿）", "withdrawn (draft)");
    public static readonly LocalText Recorded = new("待对方确认", "awaiting confirmation");
    public static readonly LocalText Confirmed = new("已确认", "confirmed");
    public static readonly LocalText Disputed = new("有异议", "disputed");

    public static string Name(SubmissionState state, UserLocale locale) => (state switch
    {
        SubmissionState.Draft => Draft,
        SubmissionState.Submitted => Submitted,
        SubmissionState.Returned => Returned,
        SubmissionState.Resubmitted => Resubmitted,
        SubmissionState.Withdrawn => Withdrawn,
        _ => Approved,
    }).In(locale);

    public static string Name(TalkState state, UserLocale locale) => (state switch
    {
        TalkState.Recorded => Recorded,
        TalkState.Confirmed => Confirmed,
        _ => Disputed,
    }).In(locale);
}
