using System.Globalization;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Chat.Meetings.Submissions;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Localization;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Chat.Meetings.Submissions;

/// <summary>
/// The readiness deliverables of the seed template through their short text path: attendance (each member),
/// the report of date and theme upward and the review of the previous rectification tasks (the secretary).
/// </summary>
public sealed class ReadinessDeliverableTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private static string Submitted(int version) => SubmissionTexts.Submitted.In(UserLocale.ZhCn, version);

    [Fact]
    public async Task Attendance_Yes_InOneLine_ReadsBack_AndIsSubmitted()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var member = seeded.Member(1);

        var review = await seeded.SayAsync(client, member, "提交 出席 参加");
        Assert.Contains(SubmissionTexts.AttendanceYes.ZhCn, review[0], StringComparison.Ordinal);
        Assert.Contains(SubmissionTexts.Review.ZhCn, review[0], StringComparison.Ordinal);
        Assert.Equal([Submitted(1)], await seeded.SayAsync(client, member, "提交"));

        var attendance = (AttendanceConfirmation)(await seeded.StoredAsync("attendance-confirmation", member)).Latest!.Content;
        Assert.True(attendance.Attending);
    }

    [Fact]
    public async Task Attendance_Absence_CarriesItsReason_InChineseAndEnglishWords()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();

        await seeded.SayAsync(client, seeded.Member(1), "提交 出席 请假 赴外地出差");
        Assert.Equal([Submitted(1)], await seeded.SayAsync(client, seeded.Member(1), "提交"));
        var absent = (AttendanceConfirmation)(await seeded.StoredAsync("attendance-confirmation", seeded.Member(1))).Latest!.Content;
        Assert.False(absent.Attending);
        Assert.Equal("赴外地出差", absent.AbsenceReason);

        await seeded.SayAsync(client, seeded.Member(2), "submit attendance no medical leave");
        Assert.Equal([Submitted(1)], await seeded.SayAsync(client, seeded.Member(2), "submit"));
        var english = (AttendanceConfirmation)(await seeded.StoredAsync("attendance-confirmation", seeded.Member(2))).Latest!.Content;
        Assert.Equal((false, "medical leave"), (english.Attending, english.AbsenceReason));
    }

    [Fact]
    public async Task Attendance_AbsenceWithoutReason_AsksForIt_TakesTheNextLineAsTheReason_ThenSubmits()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var member = seeded.Member(1);

        Assert.Contains(SubmissionTexts.AttendanceNoReasonYet.ZhCn, (await seeded.SayAsync(client, member, "提交 出席 请假"))[0], StringComparison.Ordinal);
        Assert.Equal([SubmissionTexts.AttendanceNoReasonYet.ZhCn], await seeded.SayAsync(client, member, "提交"));
        Assert.Null((await seeded.Storage.ReadAsync<Submission>(Key(seeded, "attendance-confirmation", member)))?.Value.Latest);

        Assert.Contains(SubmissionTexts.AttendanceNo.In(UserLocale.ZhCn, "家里有事"), (await seeded.SayAsync(client, member, "家里有事"))[0], StringComparison.Ordinal);
        Assert.Equal([Submitted(1)], await seeded.SayAsync(client, member, "提交"));
        Assert.Equal("家里有事", ((AttendanceConfirmation)(await seeded.StoredAsync("attendance-confirmation", member)).Latest!.Content).AbsenceReason);

        // An answer that is neither attending nor absent is asked again, not guessed.
        Assert.Equal([SubmissionTexts.AttendanceInvalid.ZhCn], await seeded.SayAsync(client, seeded.Member(2), "提交 出席 也许"));
    }

    [Fact]
    public async Task ReportUpward_BySecretary_RecordsTheMeetingsCurrentDateAndTheme()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var review = await seeded.SayAsync(client, seeded.Secretary, $"提交 上报 {today} 市委组织部 组通〔2026〕12号");
        Assert.Contains("市委组织部", review[0], StringComparison.Ordinal);
        Assert.Contains(seeded.Meeting.Theme, review[0], StringComparison.Ordinal);
        Assert.Equal([Submitted(1)], await seeded.SayAsync(client, seeded.Secretary, "提交"));

        var report = (ReportUpward)(await seeded.StoredAsync("report-upward", seeded.Secretary)).Latest!.Content;
        Assert.Equal("市委组织部 组通〔2026〕12号", report.ReportedTo);
        Assert.Equal(seeded.Meeting.Theme, report.ReportedTheme);
        Assert.Equal(seeded.Meeting.LocalStart, report.ReportedMeetingStart);
    }

    [Fact]
    public async Task ReportUpward_AskedStepByStep_AcceptsToday_AndRejectsAnUnreadableDate()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();

        Assert.Equal([SubmissionTexts.ReportDateInvalid.ZhCn], await seeded.SayAsync(client, seeded.Secretary, "提交 上报 上周 市委"));
        var ask = await seeded.SayAsync(client, seeded.Secretary, "提交 上报");
        Assert.Contains(SubmissionTexts.ReportDate.ZhCn, ask[0], StringComparison.Ordinal);
        Assert.Equal([SubmissionTexts.ReportDateInvalid.ZhCn], await seeded.SayAsync(client, seeded.Secretary, "上周"));
        Assert.Contains(SubmissionTexts.ReportTo.ZhCn, (await seeded.SayAsync(client, seeded.Secretary, "今天"))[0], StringComparison.Ordinal);
        await seeded.SayAsync(client, seeded.Secretary, "市委组织部");
        Assert.Equal([Submitted(1)], await seeded.SayAsync(client, seeded.Secretary, "提交"));
    }

    [Fact]
    public async Task ReportUpward_AndRectificationReview_AreOwedByTheSecretary_NotByMembers()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();

        Assert.Equal(["这项材料不由你提交。发送“我的提交”可查看你需要提交的材料。"], await seeded.SayAsync(client, seeded.Member(1), "提交 上报 今天 市委组织部"));
        Assert.Equal(["这项材料不由你提交。发送“我的提交”可查看你需要提交的材料。"], await seeded.SayAsync(client, seeded.Member(1), "提交 回头看 无"));
        Assert.Equal(["这项材料不由你提交。发送“我的提交”可查看你需要提交的材料。"], await seeded.SayAsync(client, seeded.Secretary, "提交 出席 参加"));
    }

    [Fact]
    public async Task RectificationReview_PastedTasks_OrNone_AreSubmitted()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();

        var review = await seeded.SayAsync(client, seeded.Secretary, "提交 回头看\n1. 健全调研制度｜王芳｜已完成\n2. 精简会议文件｜张伟｜未完成｜年底前完成");
        Assert.Contains("精简会议文件（张伟）——未完成：年底前完成", review[0], StringComparison.Ordinal);
        Assert.Equal([Submitted(1)], await seeded.SayAsync(client, seeded.Secretary, "提交"));
        var tasks = ((RectificationReview)(await seeded.StoredAsync("rectification-review", seeded.Secretary)).Latest!.Content).Tasks;
        Assert.Equal([("健全调研制度", "王芳", true), ("精简会议文件", "张伟", false)], tasks.Select(t => (t.Task, t.OwnerName, t.Completed)));

        await seeded.SayAsync(client, seeded.Secretary, "提交 回头看 无");
        Assert.Equal([Submitted(2)], await seeded.SayAsync(client, seeded.Secretary, "提交"));
        Assert.True(((RectificationReview)(await seeded.StoredAsync("rectification-review", seeded.Secretary)).Latest!.Content).NoPreviousTasks);
    }

    private static string Key(SeededMeeting seeded, string deliverable, string author) =>
        DocumentKeys.Of(DocumentId.Submission(seeded.Meeting.Id, deliverable, author, null));
}
