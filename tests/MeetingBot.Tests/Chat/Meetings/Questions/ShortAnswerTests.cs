using MeetingBot.Chat.Meetings.Questions;

namespace MeetingBot.Tests.Chat.Meetings.Questions;

/// <summary>Short answers as officials give them, and messages that only look like one.</summary>
public sealed class ShortAnswerTests
{
    [Theory]
    [InlineData("确认", ShortAnswerKind.Confirm, "")]
    [InlineData("确认。", ShortAnswerKind.Confirm, "")]
    [InlineData("没问题！", ShortAnswerKind.Confirm, "")]
    [InlineData("同意", ShortAnswerKind.Confirm, "")]
    [InlineData("无异议", ShortAnswerKind.Confirm, "")]
    [InlineData("有异议 谈话日期不对", ShortAnswerKind.Dispute, "谈话日期不对")]
    [InlineData("有异议：谈话日期不对。", ShortAnswerKind.Dispute, "谈话日期不对")]
    [InlineData("不同意，记录不全", ShortAnswerKind.Dispute, "记录不全")]
    [InlineData("有异议", ShortAnswerKind.Dispute, "")]
    [InlineData("dispute the date is wrong", ShortAnswerKind.Dispute, "the date is wrong")]
    [InlineData("参加", ShortAnswerKind.Attend, "")]
    [InlineData("我准时参会", ShortAnswerKind.Attend, "")]
    [InlineData("I'll attend", ShortAnswerKind.Attend, "")]
    [InlineData("请假，外出学习", ShortAnswerKind.Absent, "外出学习")]
    [InlineData("请假 参加县里培训", ShortAnswerKind.Absent, "参加县里培训")]
    [InlineData("不能参加：住院", ShortAnswerKind.Absent, "住院")]
    [InlineData("absent away on training", ShortAnswerKind.Absent, "away on training")]
    [InlineData("修改", ShortAnswerKind.Revise, "")]
    [InlineData("好的，我改", ShortAnswerKind.Revise, "")]
    [InlineData("好的我改。", ShortAnswerKind.Revise, "")]
    public void AShortAnswer_IsReadWithItsReason(string text, ShortAnswerKind kind, string reason)
    {
        var answer = ShortAnswer.Read(text);

        Assert.Equal(new ShortAnswer(kind, reason), answer);
    }

    [Theory]
    [InlineData("确认会议")]
    [InlineData("确认谈话 @王芳")]
    [InlineData("异议 @王芳 日期不对")]
    [InlineData("有异议 @王芳 日期不对")]
    [InlineData("参加学习的材料在哪")]
    [InlineData("请假条在哪")]
    [InlineData("确认了吗？")]
    [InlineData("参加？")]
    [InlineData("修改提纲")]
    [InlineData("absently")]
    [InlineData("我的任务")]
    [InlineData("")]
    public void AMessageThatOnlyLooksLikeAnAnswer_IsNone(string text)
    {
        Assert.Null(ShortAnswer.Read(text));
    }
}
