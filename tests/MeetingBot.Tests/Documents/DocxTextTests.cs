using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using MeetingBot.Documents;

namespace MeetingBot.Tests.Documents;

public sealed class DocxTextTests
{
    [Fact]
    public void Extract_ChineseParagraphs_GivesThemInOrderOneLineEach()
    {
        var docx = TestDocx.Build(
            TestDocx.Paragraph("对照检查材料"),
            TestDocx.Paragraph("一、存在的问题"),
            TestDocx.Paragraph("（一）理论学习", "不够深入，", "学用结合不紧。"),
            TestDocx.Paragraph("Mixed 中文 and English."));

        var text = Extract(docx);

        Assert.Equal("对照检查材料\n一、存在的问题\n（一）理论学习不够深入，学用结合不紧。\nMixed 中文 and English.", text.Text);
        Assert.False(text.Truncated);
    }

    [Fact]
    public void Extract_EmptyParagraphs_KeepTheirBlankLines()
    {
        var docx = TestDocx.Build(TestDocx.Paragraph("甲"), new Paragraph(), TestDocx.Paragraph("乙"));

        Assert.Equal("甲\n\n乙", Extract(docx).Text);
    }

    [Fact]
    public void Extract_Table_GivesOneLinePerRowWithTabsBetweenCells()
    {
        var docx = TestDocx.Build(
            TestDocx.Paragraph("问题清单"),
            TestDocx.Table(
                ["类别", "具体表现", "整改措施"],
                ["形式主义", "会议多、文件多", "精简会议\n压缩文件"]),
            TestDocx.Paragraph("以上。"));

        Assert.Equal("问题清单\n类别\t具体表现\t整改措施\n形式主义\t会议多、文件多\t精简会议 压缩文件\n以上。", Extract(docx).Text);
    }

    [Fact]
    public void Extract_TableInsideACell_StaysOnTheOuterRowsLine()
    {
        var inner = TestDocx.Table(["甲", "乙"], ["丙", "丁"]);
        var docx = TestDocx.Build(new Table(new TableRow(
            new TableCell(TestDocx.Paragraph("外"), inner, TestDocx.Paragraph("尾")),
            new TableCell(TestDocx.Paragraph("右")))));

        Assert.Equal("外 甲 乙 丙 丁 尾\t右", Extract(docx).Text);
    }

    [Fact]
    public void Extract_BreaksAndTabs_AreKept()
    {
        var docx = TestDocx.Build(new Paragraph(new Run(
            TestDocx.Text("第一行"), new Break(), TestDocx.Text("第二行"), new TabChar(), TestDocx.Text("缩进"))));

        Assert.Equal("第一行\n第二行\t缩进", Extract(docx).Text);
    }

    [Fact]
    public void Extract_DeletedRevisionsAndFieldCodes_AreLeftOut()
    {
        var docx = TestDocx.Build(new Paragraph(
            new DeletedRun(new Run(new DeletedText("旧的说法"))),
            new InsertedRun(new Run(TestDocx.Text("新的说法"))),
            new Run(new FieldCode(" PAGE ")),
            new Run(TestDocx.Text("。"))));

        Assert.Equal("新的说法。", Extract(docx).Text);
    }

    [Fact]
    public void Extract_PastTheLimit_StopsAtItAndSaysSo()
    {
        var docx = TestDocx.Build(Enumerable.Range(0, 2000).Select(i => TestDocx.Paragraph($"第{i}条：认真学习。")).ToArray());

        var cut = Extract(docx, maxLength: 100);
        var whole = Extract(docx, maxLength: DocxText.DefaultMaxLength);

        Assert.True(cut.Truncated);
        // The cut may fall just after a line end, which is trimmed.
        Assert.InRange(cut.Text.Length, 99, 100);
        Assert.StartsWith(cut.Text, whole.Text, StringComparison.Ordinal);
        Assert.False(whole.Truncated);
    }

    [Fact]
    public void Extract_CutInsideACharacterBeyondTheBasicPlane_DropsItWhole()
    {
        // U+20000 (𠀀), a CJK Extension B ideograph, is two UTF-16 code units.
        var docx = TestDocx.Build(TestDocx.Paragraph("甲" + string.Concat(Enumerable.Repeat("\U00020000", 10))));

        var cut = Extract(docx, maxLength: 4);

        Assert.Equal("甲\U00020000", cut.Text);
        Assert.True(cut.Truncated);
    }

    [Fact]
    public void Extract_OfSomethingThatIsNotAWordDocument_IsNull()
    {
        Assert.Null(DocxText.Extract(new MemoryStream(TestFiles.Png)));
        Assert.Null(DocxText.Extract(new MemoryStream(TestFiles.ZipWithoutWordBody)));
        Assert.Null(DocxText.Extract(new MemoryStream(Encoding.UTF8.GetBytes("%PDF-1.7 not a docx"))));
    }

    private static ExtractedText Extract(byte[] docx, int maxLength = DocxText.DefaultMaxLength)
    {
        var text = DocxText.Extract(new MemoryStream(docx), maxLength);
        Assert.NotNull(text);
        return text;
    }
}
