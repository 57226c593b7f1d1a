using MeetingBot.BotFramework.Storage;
using MeetingBot.Chat.Meetings.Submissions;
using MeetingBot.Chat.Meetings.Questions;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Localization;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Chat.Meetings.Setup;
using MeetingBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Chat.Meetings.Questions;

/// <summary>
/// 赵六 is added to the meeting; his task list arrives in his own chat with the question whether he attends. A plain
/// 请假 + reason (or 我准时参会) answers it, read back before it is handed in as his attendance confirmation.
/// </summary>
public sealed class AttendanceAnswerTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    [Fact]
    public async Task AMemberAskedWhetherHeAttends_AnswersLeaveWithAReason()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        var meeting = await AskedAsync(chat);

        Assert.Equal([OpenQuestionTexts.AbsenceReasonNeeded.ZhCn], SetupChat.Texts(await chat.PrivatelyAsync("赵六", "请假")));
        var readBack = string.Join("\n", SetupChat.Texts(await chat.PrivatelyAsync("赵六", "请假，参加县委党校培训")));
        Assert.Contains("参加县委党校培训", readBack, StringComparison.Ordinal);
        await chat.PrivatelyAsync("赵六", "提交");

        var attendance = await AttendanceAsync(meeting, chat.Id("赵六"));
        Assert.Equal(new AttendanceConfirmation(false, "参加县委党校培训"), attendance);
    }

    [Fact]
    public async Task AMemberAskedWhetherHeAttends_AnswersThatHeWillBeOnTime()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        var meeting = await AskedAsync(chat);

        await chat.PrivatelyAsync("赵六", "我准时参会");
        await chat.PrivatelyAsync("赵六", "提交");

        Assert.Equal(new AttendanceConfirmation(true, null), await AttendanceAsync(meeting, chat.Id("赵六")));
        // Answered: the question is closed, so a later 请假 is no answer to it and opens no attendance form.
        var later = string.Join("\n", SetupChat.Texts(await chat.PrivatelyAsync("赵六", "请假，临时有事")));
        Assert.DoesNotContain(SubmissionTexts.AttendanceNo.In(UserLocale.ZhCn, "临时有事"), later, StringComparison.Ordinal);
        Assert.Equal(new AttendanceConfirmation(true, null), await AttendanceAsync(meeting, chat.Id("赵六")));
    }

    private static async Task<Meeting> AskedAsync(SetupChat chat)
    {
        var meeting = await chat.SeedMeetingAsync("democratic-life-meeting", "办公室", "王书记", "张三", "李四");
        await chat.PrivatelyAsync("赵六", "帮助");
        await chat.InTeamAsync("办公室", "添加成员", "zh-CN", "赵六");
        var asked = Assert.Single(await chat.ReceivedPrivatelyAsync("赵六", t => t.StartsWith("您在会议", StringComparison.Ordinal)));
        Assert.Contains(OpenQuestionTexts.AttendanceAnswers.ZhCn, asked, StringComparison.Ordinal);
        return meeting;
    }

    private async Task<AttendanceConfirmation?> AttendanceAsync(Meeting meeting, string userId)
    {
        var stored = await factory.Services.GetRequiredService<IStorage>()
            .ReadAsync<Submission>(DocumentKeys.Of(DocumentId.Submission(meeting.Id, "attendance-confirmation", userId, null)));
        return stored?.Value.Latest?.Content as AttendanceConfirmation;
    }
}
