using MeetingBot.Chat.Meetings.Setup;

namespace MeetingBot.Tests.Chat.Meetings.Setup;

public sealed class PeopleAnswerTests
{
    [Theory]
    [InlineData("王书记。", new[] { "王书记" })]
    [InlineData("张伟、李敏、王伟。", new[] { "张伟", "李敏", "王伟" })]
    [InlineData("@张伟，@李敏！", new[] { "张伟", "李敏" })]
    [InlineData("张伟、李敏", new[] { "张伟", "李敏" })]
    public void ANameTypedAsASentence_IsLookedUpWithoutItsFullStop(string typed, string[] names)
    {
        Assert.Equal(names, PeopleAnswer.Names(typed));
    }

    [Theory]
    [InlineData("跳过。")]
    [InlineData("没有！")]
    [InlineData("跳过")]
    public void SkipWrittenAsASentence_IsStillSkip(string typed)
    {
        Assert.True(PeopleAnswer.IsNone(typed));
    }

    [Fact]
    public void EveryoneWrittenAsASentence_IsStillEveryone()
    {
        Assert.True(PeopleAnswer.IsEveryone("全体。"));
    }
}
