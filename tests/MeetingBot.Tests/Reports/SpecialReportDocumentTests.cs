using MeetingBot.Coordination.Reports;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Reports;
using Neutral = global::MeetingBot.Reports.Rendering;

namespace MeetingBot.Tests.Reports;

public sealed class SpecialReportDocumentTests
{
    private static readonly SpecialReport Report = new(
        "m-1",
        new BilingualText("关于专题民主生活会召开情况的报告", "Report on the democratic life meeting"),
        new BilingualText("（审阅稿）", "(for review)"),
        DateTimeOffset.UnixEpoch,
        [
            new ReportSection(2, ReportSectionKind.Meeting, new BilingualText("会议召开情况", "The meeting"),
                [new ReportParagraph(new BilingualText("会议于11月20日召开。", "The meeting was held on 20 November."))]),
            new ReportSection(1, ReportSectionKind.Preparation, new BilingualText("会前准备情况", "Preparation"),
            [
                new ReportList(true, [new BilingualText("学习", "Study"), new BilingualText("谈心", "Talks")]),
                new ReportList(false, [new BilingualText("王建国", "Wang Jianguo")]),
                new ReportTable(new BilingualText("问题", "Problems"), [new BilingualText("类别", "Category"), new BilingualText("数量", "Count")],
                    [[new BilingualText("形式主义", "Formalism"), new BilingualText("3", "3")]]),
            ]),
        ]);

    [Fact]
    public void Chinese_takes_the_chinese_texts_in_section_order()
    {
        var document = SpecialReportDocument.For(Report, UserLocale.ZhCn, new DateOnly(2026, 11, 24));

        Assert.Equal("关于专题民主生活会召开情况的报告", document.Title);
        Assert.Equal("（审阅稿）", document.Subtitle);
        Assert.Equal("2026年11月24日", document.DateLine);
        Assert.Equal(["会前准备情况", "会议召开情况"], document.Sections.Select(s => s.Heading));
        var blocks = document.Sections[0].Blocks;
        Assert.Equal(["学习", "谈心"], Assert.IsType<Neutral.LayoutNumberedList>(blocks[0]).Items);
        Assert.Equal(["王建国"], Assert.IsType<Neutral.LayoutBulletList>(blocks[1]).Items);
        var table = Assert.IsType<Neutral.LayoutTable>(blocks[2]);
        Assert.Equal("问题", table.Caption);
        Assert.Equal(["类别", "数量"], table.Header);
        Assert.Equal(["形式主义", "3"], table.Rows[0]);
        Assert.Equal("会议于11月20日召开。", Assert.IsType<Neutral.LayoutParagraph>(document.Sections[1].Blocks[0]).Text);
    }

    [Fact]
    public void English_takes_the_english_texts_and_an_english_date()
    {
        var document = SpecialReportDocument.For(Report, UserLocale.En, new DateOnly(2026, 11, 24));

        Assert.Equal("Report on the democratic life meeting", document.Title);
        Assert.Equal("24 November 2026", document.DateLine);
        Assert.Equal(["Preparation", "The meeting"], document.Sections.Select(s => s.Heading));
        Assert.Equal(["Category", "Count"], Assert.IsType<Neutral.LayoutTable>(document.Sections[0].Blocks[2]).Header);
    }

    [Fact]
    public void Without_a_date_there_is_no_date_line_and_renderers_accept_the_result()
    {
        var document = SpecialReportDocument.For(Report, UserLocale.ZhCn);

        Assert.Null(document.DateLine);
        var markdown = Neutral.MarkdownReportRenderer.Render(document, UserLocale.ZhCn);
        Assert.Contains("一、会前准备情况", markdown, StringComparison.Ordinal);
        Assert.NotEmpty(Neutral.WordReportRenderer.Render(document, new Neutral.RenderOptions(UserLocale.ZhCn, "MeetingBot")));
    }
}
