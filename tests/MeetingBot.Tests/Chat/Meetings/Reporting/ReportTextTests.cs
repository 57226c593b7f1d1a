using MeetingBot.Chat.Meetings.Reporting;
using MeetingBot.Coordination.Reports;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;

namespace MeetingBot.Tests.Chat.Meetings.Reporting;

public sealed class ReportTextTests
{
    private static readonly SpecialReport Report = new("m-1", new("关于召开“主题”情况的报告", "Report on \"theme\""), new("副标题", "subtitle"), DateTimeOffset.UnixEpoch,
    [
        new ReportSection(1, ReportSectionKind.Preparation, new("会前准备情况", "Preparation"),
        [
            new ReportParagraph(new("共查摆问题3条。", "3 problems.")),
            new ReportTable(new("分类", "By category"), [new("类别", "Category"), new("条数", "Count")], [[new("形式主义", "Formalism"), new("3", "3")]]),
        ]),
        new ReportSection(2, ReportSectionKind.Rectification, new("整改措施", "Rectification measures"),
            [new ReportList(true, [new BilingualText("甲：措施一", "A: one"), new BilingualText("乙：措施二", "B: two")])]),
    ]);

    [Fact]
    public void Chinese_HasChineseNumberedHeadings_TablesAsLines_NumberedLists()
    {
        var text = ReportText.For(Report, UserLocale.ZhCn);

        Assert.Equal(
            "关于召开“主题”情况的报告\n副标题\n\n一、会前准备情况\n共查摆问题3条。\n【分类】\n类别 | 条数\n形式主义 | 3\n\n二、整改措施\n1. 甲：措施一\n2. 乙：措施二",
            text);
    }

    [Fact]
    public void English_HasArabicNumberedHeadings()
    {
        var text = ReportText.For(Report, UserLocale.En);

        Assert.StartsWith("Report on \"theme\"\nsubtitle\n\n1. Preparation\n3 problems.", text, StringComparison.Ordinal);
        Assert.Contains("2. Rectification measures\n1. A: one", text, StringComparison.Ordinal);
    }
}
