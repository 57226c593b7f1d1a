using DocumentFormat.OpenXml.Packaging;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Demo;

/// <summary>
/// <c>MeetingBot demo</c> run as the README runs it: a whole cycle of the seed's meeting against the real service,
/// every phase passed, the conversation printed, and the report and ledger written to the folder it names.
/// </summary>
public sealed class DemoCommandTests
{
    private static readonly Dictionary<string, string> Environment = new() { ["DOTNET_ENVIRONMENT"] = "Production", ["ASPNETCORE_ENVIRONMENT"] = "Production" };

    [Fact]
    public async Task TheDemo_PlaysEveryPhase_AndWritesTheReportAsWordAndMarkdown()
    {
        var folder = Path.Combine(Directory.CreateTempSubdirectory("meetingbot-demo-").FullName, "out");

        var (exitCode, output) = await ServiceProcess.RunUntilExitAsync(Environment, TimeSpan.FromMinutes(5), "demo", "--out", folder);

        Assert.True(exitCode == 0, output);
        for (var phase = 1; phase <= 8; phase++)
        {
            Assert.Contains($"✓ 第{phase}阶段通过", output, StringComparison.Ordinal);
        }

        Assert.Contains("全部8个阶段通过", output, StringComparison.Ordinal);
        // Reminders came from the scheduler on the accelerated clock, before a deadline and before a task's due date.
        Assert.Contains("🔔 机器人推送 → 张伟：提醒：", output, StringComparison.Ordinal);
        Assert.Contains("整改提醒：", output, StringComparison.Ordinal);
        // The returned outline: its author was told the lead's comment.
        Assert.Contains("事例不够具体，请补充时间地点", output, StringComparison.Ordinal);

        using (var word = WordprocessingDocument.Open(Path.Combine(folder, "专题报告-第1稿.docx"), false))
        {
            var text = word.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("一、会前准备情况", text, StringComparison.Ordinal);
            Assert.Contains("三、批评和自我批评情况", text, StringComparison.Ordinal);
            Assert.Contains("四、整改措施", text, StringComparison.Ordinal);
        }

        var markdown = await File.ReadAllTextAsync(Path.Combine(folder, "专题报告-第1稿.md"));
        Assert.Contains("会前准备情况", markdown, StringComparison.Ordinal);
        using var ledger = SpreadsheetDocument.Open(Path.Combine(folder, "台账.xlsx"), false);
        Assert.NotNull(ledger.WorkbookPart);
    }

    [Theory]
    [InlineData("--speed", "0")]
    [InlineData("--speed", "fast")]
    [InlineData("--colour", "red")]
    [InlineData("--out")]
    public async Task BadArguments_AreRefused_WithTheUsage(params string[] arguments)
    {
        var (exitCode, output) = await ServiceProcess.RunUntilExitAsync(Environment, TimeSpan.FromMinutes(1), ["demo", .. arguments]);

        Assert.Equal(2, exitCode);
        Assert.Contains("用法：MeetingBot demo", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFolderWithFilesInIt_IsNotOverwritten()
    {
        var folder = Directory.CreateTempSubdirectory("meetingbot-demo-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "keep.txt"), "mine");

        var (exitCode, output) = await ServiceProcess.RunUntilExitAsync(Environment, TimeSpan.FromMinutes(1), "demo", "--out", folder);

        Assert.Equal(2, exitCode);
        Assert.Contains("不是空的", output, StringComparison.Ordinal);
        Assert.Equal(["keep.txt"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
    }
}
