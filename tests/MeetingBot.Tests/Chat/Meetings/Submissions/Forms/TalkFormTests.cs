using MeetingBot.Chat.Meetings.Submissions.Forms;

namespace MeetingBot.Tests.Chat.Meetings.Submissions.Forms;

/// <summary>The talk record's last question, 分歧是否已化解, answered the way people write (found in a trial: 是的，分歧已经化解。 was recorded as 否).</summary>
public sealed class TalkFormTests
{
    [Theory]
    [InlineData("是")]
    [InlineData("是的，分歧已经化解。")]
    [InlineData("已化解")]
    [InlineData("已经化解了")]
    [InlineData("对，谈开了，已经解决。")]
    [InlineData("我们之间没有分歧。")]
    [InlineData("yes")]
    [InlineData("Resolved.")]
    public void A_yes_in_a_sentence_is_resolved(string answer) =>
        Assert.True(TalkForm.Resolved(answer));

    [Theory]
    [InlineData("否")]
    [InlineData("还没有化解。")]
    [InlineData("尚未完全化解，会后再谈。")]
    [InlineData("不是")]
    [InlineData("no")]
    [InlineData("not yet resolved")]
    [InlineData("")]
    public void A_denial_or_nothing_is_not_resolved(string answer) =>
        Assert.False(TalkForm.Resolved(answer));
}
