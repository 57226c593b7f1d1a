using MeetingBot.Chat;
using MeetingBot.Chat.Commands;
using MeetingBot.Localization;

namespace MeetingBot.Tests.Chat;

public sealed class ChatCommandsTests
{
    private static readonly LocalText Text = new("说明", "description");
    private static readonly LocalText Example = new("例", "example");
    private static readonly ChatCommand My = new("my", ["我的"], ["my"], Text, ArgumentShape.Text(Example).OrNothing());
    private static readonly ChatCommand MyTasks = new("my-tasks", ["我的任务"], ["my tasks"], Text, ArgumentShape.None);
    private static readonly ChatCommand Reschedule = new("reschedule", ["改期"], ["reschedule"], Text, ArgumentShape.Date(Example));
    private static readonly ChatCommand Return = new("return", ["退回"], ["return"], Text, ArgumentShape.Number(Example, textAfter: true));
    private static readonly ChatCommand Comment = new("comment", ["意见"], ["comment"], Text, ArgumentShape.Text(Example));
    private static readonly ChatCommand Publish = new("publish", ["公示"], ["publish list"], Text, ArgumentShape.None);
    private static readonly ChatCommand Confirm = new("confirm-meeting", ["确认会议"], ["confirm meeting"], Text, ArgumentShape.Keywords(Example,
        new Dictionary<string, ArgumentShape> { ["强制"] = ArgumentShape.Text(Example).OrNothing(), ["override"] = ArgumentShape.Text(Example).OrNothing() }).OrNothing());
    private static readonly ChatCommand[] All = [My, MyTasks, Reschedule, Return, Comment, Publish, Confirm, ChatCommands.Confirm, ChatCommands.Help];

    [Theory]
    [InlineData("my tasks", "my-tasks", "")]
    [InlineData("my stuff", "my", "stuff")]
    [InlineData("我的任务", "my-tasks", "")]
    [InlineData("改期7月15日", "reschedule", "7月15日")]
    [InlineData("改期\n7月15日 下午3点", "reschedule", "7月15日 下午3点")]
    [InlineData("改期 ２０３０-０１-１５ ９:００", "reschedule", "2030-01-15 9:00")]
    [InlineData("reschedule tomorrow 3pm", "reschedule", "tomorrow 3pm")]
    [InlineData("退回1，例子不具体", "return", "1 例子不具体")]
    [InlineData("退回 １ 例子不具体", "return", "1 例子不具体")]
    [InlineData("退回　2：要写具体时间", "return", "2 要写具体时间")]
    [InlineData("意见：第三部分是否要补充典型事例？", "comment", "第三部分是否要补充典型事例？")]
    [InlineData("意见 建议补充典型事例", "comment", "建议补充典型事例")]
    [InlineData("确认会议 强制：理由", "confirm-meeting", "强制 理由")]
    [InlineData("确认会议，强制，准备充分", "confirm-meeting", "强制 准备充分")]
    [InlineData("确认会议", "confirm-meeting", "")]
    [InlineData("公示", "publish", "")]
    [InlineData("意见", "comment", "")]
    [InlineData("退回：", "return", "")]
    [InlineData("  公示。 ", null, "")]
    [InlineData("确认", "confirmation.confirm", "")]
    [InlineData("？", "help", "")]
    public void AMessageIsACommand_OnlyWhenItIsOne(string typed, string? id, string argument)
    {
        var match = ChatCommands.Parse(typed, All);

        Assert.Equal(id, match.Command?.Id);
        Assert.Equal(argument, match.Argument);
    }

    [Theory]
    [InlineData("确认。", true)]
    [InlineData(" 我的任务！ ", true)]
    [InlineData("  公示。 ", true)]
    [InlineData("确认会议室了吗。", false)]
    public void ACommandWordWithAFullStop_IsToldApart_SoTheHintCanSayWhatToLeaveOut(string typed, bool punctuated)
    {
        var match = ChatCommands.Parse(typed, All);

        Assert.Null(match.Command);
        var meant = Assert.IsType<ChatCommand>(match.NearMiss);
        Assert.Equal(punctuated, ChatCommands.IsWordWithPunctuation(typed, meant));
    }

    [Theory]
    [InlineData("确认会议室了吗", "confirm-meeting")]
    [InlineData("公示栏在哪", "publish")]
    [InlineData("意见很好", "comment")]
    [InlineData("退回了吗", "return")]
    [InlineData("退回 第一份", "return")]
    [InlineData("改期了吗", "reschedule")]
    [InlineData("改期 是不是要开会讨论", "reschedule")]
    [InlineData("确认会议 明天几点", "confirm-meeting")]
    [InlineData("公示 一下", "publish")]
    [InlineData("return 2 things?", "return")]
    [InlineData("确认一下", "confirmation.confirm")]
    public void ASentenceStartingWithACommandWord_IsConversation_WithTheCommandForAHint(string typed, string nearMiss)
    {
        var match = ChatCommands.Parse(typed, All);

        Assert.Null(match.Command);
        Assert.Equal(nearMiss, match.NearMiss?.Id);
    }

    [Theory]
    [InlineData("rescheduled")]
    [InlineData("hello")]
    [InlineData("大家好")]
    public void AWordThatOnlyStartsLikeACommand_IsNotOne(string typed)
    {
        var match = ChatCommands.Parse(typed, All);
        Assert.Null(match.Command);
        Assert.Null(match.NearMiss);
    }
}
