using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Tests.Texts;

/// <summary>What a person typed shows in a Markdown message as typed: no link, image, emphasis, heading or list.</summary>
public sealed class MarkdownEscapeTests
{
    [Theory]
    [InlineData("[点我](http://evil.example)", @"\[点我\](http\://evil\.example)")]
    [InlineData("![图](http://evil.example/x.png)", @"\!\[图\](http\://evil\.example/x\.png)")]
    [InlineData("<http://evil.example>", @"\<http\://evil\.example\>")]
    [InlineData("<b>x</b>", @"\<b\>x\</b\>")]
    [InlineData("见 www.evil.com 或 a@b.cn", @"见 www\.evil\.com 或 a@b\.cn")]
    [InlineData("**加粗** _斜体_ `代码`", @"\*\*加粗\*\* \_斜体\_ \`代码\`")]
    [InlineData("# 标题", @"\# 标题")]
    [InlineData("- 列表\n1. 第一", "\\- 列表\n1\\. 第一")]
    [InlineData("2024年度民主生活会（第1次）", "2024年度民主生活会（第1次）")]
    [InlineData("三楼 3.1 会议室", "三楼 3.1 会议室")]
    public void UserText_IsEscaped_OnlyWhereItWouldBeMarkup(string typed, string escaped)
    {
        Assert.Equal(escaped, MarkdownEscape.Text(typed));
    }

    [Theory]
    [InlineData("时间：9:30")]
    [InlineData("版本 v1.2，3.5 小时")]
    public void TimesAndNumbers_AreLeftAlone(string typed)
    {
        Assert.Equal(typed, MarkdownEscape.Text(typed));
    }
}
