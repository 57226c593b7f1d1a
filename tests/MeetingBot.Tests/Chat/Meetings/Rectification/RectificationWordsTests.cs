using MeetingBot.Chat.Meetings.Rectification;

namespace MeetingBot.Tests.Chat.Meetings.Rectification;

public sealed class RectificationWordsTests
{
    [Theory]
    [InlineData("", RectificationStep.List, "")]
    [InlineData("列表", RectificationStep.List, "")]
    [InlineData("生成 2026-03-31", RectificationStep.Propose, "2026-03-31")]
    [InlineData("add 李敏 2026-03-31 a | b", RectificationStep.Add, "李敏 2026-03-31 a | b")]
    [InlineData("进展 3 已起草", RectificationStep.Progress, "3 已起草")]
    [InlineData("DONE 3 文件", RectificationStep.Done, "3 文件")]
    [InlineData("公示", RectificationStep.Publish, "")]
    public void TheFirstWord_NamesTheStep(string argument, RectificationStep step, string remainder) =>
        Assert.Equal((step, remainder), RectificationWords.Parse(argument));

    [Fact]
    public void AnUnknownFirstWord_IsNoStep() => Assert.Null(RectificationWords.Parse("删除 3").Step);
}
