using System.Runtime.CompilerServices;
using MeetingBot.Localization;
using MeetingBot.Reports.Rendering;

namespace MeetingBot.Tests.Reports.Rendering;

public sealed class MarkdownReportRendererTests
{
    [Fact]
    public void SampleReport_MatchesTheGoldenFile()
    {
        var golden = File.ReadAllText(GoldenPath("special-report.zh-CN.md"));

        Assert.Equal(golden.ReplaceLineEndings("\n"), MarkdownReportRenderer.Render(SampleSpecialReport.Chinese(), UserLocale.ZhCn));
    }

    [Fact]
    public void SmallReport_RendersEveryKindOfBlock()
    {
        var document = new ReportDocument(
            "报告",
            [
                new LayoutSection("准备", [new LayoutParagraph("正文。")])
                {
                    Subsections = [new LayoutSubsection("学习", [new LayoutNumberedList(["甲", "乙"]), new LayoutBulletList(["丙"])])],
                },
                new LayoutSection("整改", [new LayoutTable(["问题", "责任人"], [["会多", "李明华"]], caption: "表1")]),
            ],
            Subtitle: "（草稿）",
            Issuer: "镇党委",
            DateLine: "2026年11月24日")
        {
            Addressee = "县委",
            Preamble = [new LayoutParagraph("现报告如下：")],
        };

        Assert.Equal(
            """
            # 报告

            **（草稿）**

            县委：

            现报告如下：

            ## 一、准备

            正文。

            ### （一）学习

            1. 甲
            2. 乙

            - 丙

            ## 二、整改

            **表1**

            | 问题 | 责任人 |
            | --- | --- |
            | 会多 | 李明华 |

            镇党委\
            2026年11月24日

            """.ReplaceLineEndings("\n"),
            MarkdownReportRenderer.Render(document, UserLocale.ZhCn));
    }

    [Fact]
    public void English_NumbersHeadingsInDecimal()
    {
        var markdown = MarkdownReportRenderer.Render(SampleSpecialReport.English(), UserLocale.En);

        Assert.Contains("\n## 1. Preparation\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n### 1.1 Talks\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n## 2. Rectification\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void TableCells_EscapePipesAndMarkup_AndKeepLineBreaksAsBr()
    {
        var table = new LayoutTable(["措施 | 要求", "说明"], [["a|b", "第一行\n第二行 *重点*"]]);
        var markdown = MarkdownReportRenderer.Render(new ReportDocument("T", [new LayoutSection("S", [table])]), UserLocale.ZhCn);

        Assert.Contains("| 措施 \\| 要求 | 说明 |\n| --- | --- |\n| a\\|b | 第一行<br>第二行 \\*重点\\* |\n", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("# 不是标题", "\\# 不是标题")]
    [InlineData("1. 不是列表", "1\\. 不是列表")]
    [InlineData("- 不是列表", "\\- 不是列表")]
    [InlineData("> 不是引用", "\\> 不是引用")]
    [InlineData("a_b*c`d[e]<f>", "a\\_b\\*c\\`d\\[e\\]\\<f\\>")]
    [InlineData("按照“照镜子、正衣冠”的要求，（一）《党章》——100%！", "按照“照镜子、正衣冠”的要求，（一）《党章》——100%！")]
    public void Paragraphs_DefuseMarkup_AndLeaveChineseTextUntouched(string text, string markdown) =>
        Assert.Equal(markdown, MarkdownText.Paragraph(text));

    [Fact]
    public void LineBreakInAParagraph_IsAHardBreak()
    {
        Assert.Equal("县委：\\\n现将有关情况报告如下：", MarkdownText.Paragraph("县委：\r\n现将有关情况报告如下："));
    }

    [Fact]
    public void RaggedTable_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new LayoutTable(["a", "b"], [["1", "2"], ["3"]]));

    private static string GoldenPath(string name, [CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "Golden", name);
}
