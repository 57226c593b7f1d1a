using System.Text.RegularExpressions;

namespace MeetingBot.Tests.Reports.Rendering;

/// <summary>
/// LibreOffice headless and poppler's pdfinfo/pdftotext, which scripts/install-test-deps.sh installs. scripts/test.sh
/// sets MEETINGBOT_TEST_LIBREOFFICE=required, so there a missing LibreOffice fails the conversion tests; anywhere else
/// they are skipped, saying why.
/// </summary>
internal static partial class LibreOffice
{
    public const string RequirementVariable = "MEETINGBOT_TEST_LIBREOFFICE";

    private static readonly TimeSpan ConversionLimit = TimeSpan.FromSeconds(120);

    public static string? Executable { get; } = ExternalTool.Find("libreoffice", "soffice");

    public static string? PdfInfo { get; } = ExternalTool.Find("pdfinfo");

    public static string? PdfToText { get; } = ExternalTool.Find("pdftotext");

    public static bool Required =>
        string.Equals(Environment.GetEnvironmentVariable(RequirementVariable), "required", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the tools cannot run, or null when they are all there.</summary>
    public static string? Missing =>
        Executable is null || PdfInfo is null || PdfToText is null
            ? "LibreOffice (libreoffice or soffice) and poppler-utils (pdfinfo, pdftotext) must be on PATH; " +
              "scripts/install-test-deps.sh installs them (Debian: libreoffice-writer-nogui, libreoffice-calc-nogui, poppler-utils)."
            : null;

    /// <summary>Converts a file to PDF in a fresh user profile (so no stale lock or profile of another run interferes).</summary>
    public static async Task<string> ConvertToPdfAsync(string input, string outputFolder)
    {
        if (Missing is { } missing)
        {
            throw new InvalidOperationException(missing);
        }

        var profile = Path.Combine(Path.GetTempPath(), "meetingbot-lo-profile-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exitCode, output) = await ExternalTool.RunAsync(
                Executable!,
                ["--headless", "--norestore", $"-env:UserInstallation=file://{profile}", "--convert-to", "pdf", "--outdir", outputFolder, input],
                ConversionLimit);
            var pdf = Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(input) + ".pdf");
            if (exitCode != 0 || !File.Exists(pdf))
            {
                throw new InvalidOperationException($"LibreOffice could not convert {Path.GetFileName(input)} (exit {exitCode}): {output}");
            }

            return pdf;
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }
    }

    public static async Task<int> PageCountAsync(string pdf)
    {
        var (exitCode, output) = await ExternalTool.RunAsync(PdfInfo!, [pdf], TimeSpan.FromSeconds(30));
        var pages = PagesLine().Match(output);
        if (exitCode != 0 || !pages.Success)
        {
            throw new InvalidOperationException($"pdfinfo could not read {pdf} (exit {exitCode}): {output}");
        }

        return int.Parse(pages.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The PDF's text in page order, pages separated by form feeds.</summary>
    public static async Task<string> TextAsync(string pdf)
    {
        var (exitCode, output) = await ExternalTool.RunAsync(PdfToText!, ["-enc", "UTF-8", pdf, "-"], TimeSpan.FromSeconds(30));
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"pdftotext could not read {pdf} (exit {exitCode}): {output}");
        }

        return output;
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();
}
