using MeetingBot.Chat.Meetings.Questions;

namespace MeetingBot.Tests.Chat.Meetings.Questions;

/// <summary>What each short answer stands for, and how long a question stays open.</summary>
public sealed class OpenQuestionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ATalkQuestion_TakesConfirmAndDispute_AsTheCommandsNamingThePartner()
    {
        var talk = OpenQuestion.Ask(OpenQuestionKinds.TalkToConfirm, "m1", "u-wang", "王芳", Now, Now.AddDays(20));

        Assert.Equal("确认谈话 @王芳", OpenQuestionAnswers.CommandFor(talk, new ShortAnswer(ShortAnswerKind.Confirm, "")));
        Assert.Equal("异议 @王芳 日期不对", OpenQuestionAnswers.CommandFor(talk, new ShortAnswer(ShortAnswerKind.Dispute, "日期不对")));
        Assert.Null(OpenQuestionAnswers.CommandFor(talk, new ShortAnswer(ShortAnswerKind.Dispute, "")));
        Assert.False(OpenQuestionAnswers.Fits(talk, ShortAnswerKind.Attend));
        Assert.False(OpenQuestionAnswers.Fits(talk, ShortAnswerKind.Revise));
    }

    [Fact]
    public void AnAttendanceQuestion_TakesAttendAndAbsentWithAReason()
    {
        var attendance = OpenQuestion.Ask(OpenQuestionKinds.Attendance, "m1", "attendance-confirmation", "", Now, Now.AddDays(20));

        Assert.Equal("提交 出席 参加", OpenQuestionAnswers.CommandFor(attendance, new ShortAnswer(ShortAnswerKind.Attend, "")));
        Assert.Equal("提交 出席 请假 外出学习", OpenQuestionAnswers.CommandFor(attendance, new ShortAnswer(ShortAnswerKind.Absent, "外出学习")));
        Assert.Null(OpenQuestionAnswers.CommandFor(attendance, new ShortAnswer(ShortAnswerKind.Absent, "")));
        Assert.False(OpenQuestionAnswers.Fits(attendance, ShortAnswerKind.Confirm));
    }

    [Fact]
    public void AReturnedItem_IsRevisedByTheReviseCommandNamingIt()
    {
        var returned = OpenQuestion.Ask(OpenQuestionKinds.Returned, "m1", "meetings/m1/submissions/x", "提纲7", Now, Now.AddDays(20));
        var unnamed = returned with { SubjectName = "" };

        Assert.Equal("修改 提纲7", OpenQuestionAnswers.CommandFor(returned, new ShortAnswer(ShortAnswerKind.Revise, "")));
        Assert.Equal("修改", OpenQuestionAnswers.CommandFor(unnamed, new ShortAnswer(ShortAnswerKind.Revise, "")));
        Assert.False(OpenQuestionAnswers.Fits(returned, ShortAnswerKind.Confirm));
    }

    [Fact]
    public void AQuestion_IsOpenUntilTheMeetingStarts_AtMostThirtyDays_AndAWeekWhenAskedAfterwards()
    {
        Assert.Equal(Now.AddDays(12), OpenQuestion.ExpiryFor(Now, Now.AddDays(12)));
        Assert.Equal(Now + OpenQuestion.LongestOpen, OpenQuestion.ExpiryFor(Now, Now.AddDays(90)));
        Assert.Equal(Now + OpenQuestion.AfterTheMeeting, OpenQuestion.ExpiryFor(Now, Now.AddDays(-1)));
    }

    [Fact]
    public void AskingTheSameThingAgain_HasTheSameId()
    {
        var first = OpenQuestion.Ask(OpenQuestionKinds.TalkToConfirm, "m1", "u-wang", "王芳", Now, Now.AddDays(20));
        var again = OpenQuestion.Ask(OpenQuestionKinds.TalkToConfirm, "m1", "u-wang", "王芳", Now.AddHours(2), Now.AddDays(20));

        Assert.Equal(first.Id, again.Id);
        Assert.NotEqual(first.Id, OpenQuestion.Ask(OpenQuestionKinds.TalkToConfirm, "m1", "u-li", "李敏", Now, Now.AddDays(20)).Id);
    }
}
