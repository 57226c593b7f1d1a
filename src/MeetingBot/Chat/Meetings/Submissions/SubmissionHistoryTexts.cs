using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Submissions;

/// <summary>How <c>我的提交</c> shows an item's content and history to its author.</summary>
public static class SubmissionHistoryTexts
{
    public static readonly LocalText Content = new("第 {0} 版内容：", "Version {0}:");
    public static readonly LocalText History = new("经过：", "History:");
    public static readonly LocalText Submitted = new("{0} 提交第 {1} 版", "{0} version {1} handed in");
    public static readonly LocalText Resubmitted = new("{0} 修改后重新提交第 {1} 版", "{0} version {1} handed in again after revision");
    public static readonly LocalText Returned = new("{0} 第 {1} 版被{2}退回，意见：{3}", "{0} version {1} returned by {2}: {3}");
    public static readonly LocalText Approved = new("{0} 第 {1} 版经{2}审定通过", "{0} version {1} approved by {2}");
    public static readonly LocalText ApprovedWithComment = new("{0} 第 {1} 版经{2}审定通过，意见：{3}", "{0} version {1} approved by {2}: {3}");
    public static readonly LocalText HandedOn = new("{0} 第 {1} 版由{2}转交{3}审阅，原因：{4}", "{0} version {1} handed on by {2} to {3} for review: {4}");
    public static readonly LocalText Revise = new("发送“修改 {0}”打开上一稿，只改需要改的地方。", "Send “revise {0}” to open the last version and change only what needs changing.");
}
