using MeetingBot.Chat;
using MeetingBot.Localization;

namespace MeetingBot.Tests.Chat;

public sealed class ChatCommandsTests
{
    private static readonly LocalText Text = new("说明", "description");
    private static readonly ChatCommand My = new("my", ["我的"], ["my"], Text);
    private static readonly ChatCommand MyTasks = new("my-tasks", ["我的任务"], ["my tasks"], Text);
    private static readonly ChatCommand Reschedule = new("reschedule", ["改期"], ["reschedule"], Text);
    private static readonly ChatCommand[] All = [My, MyTasks, Reschedule];

    [Theory]
    [InlineData("my tasks", "my-tasks", "")]
    [InlineData("MY TASKS now", "my-tasks", "now")]
    [InlineData("my stuff", "my", "stuff")]
    [InlineData("我的任务", "my-tasks", "")]
    [InlineData("改期7月15日", "reschedule", "7月15日")]
    [InlineData("改期\n7月15日 下午3点", "reschedule", "7月15日 下午3点")]
    [InlineData("reschedule tomorrow 3pm", "reschedule", "tomorrow 3pm")]
    public void LongestNameWins_AndTheRestIsTheArgument(string typed, string id, string argument)
    {
        var (command, rest) = ChatCommands.Parse(typed, All);

        Assert.Equal(id, command?.Id);
        Assert.Equal(argument, rest);
    }

    [Theory]
    [InlineData("rescheduled")]
    [InlineData("mystery")]
    [InlineData("hello")]
    public void AWordThatOnlyStartsLikeACommand_IsNotOne(string typed)
    {
        Assert.Null(ChatCommands.Parse(typed, All).Command);
    }
}
