using System.Globalization;

namespace MeetingBot.Demo;

/// <summary>
/// <c>dotnet run --project src/MeetingBot -- demo [--out &lt;folder&gt;] [--speed &lt;n&gt;]</c>: plays a whole meeting cycle
/// with a simulated team (see <see cref="DemoRun"/>) and writes the report and ledger to the folder it names at the
/// end (by default a new one under <c>demo-output/</c>). Exit code 0 when every phase passed, 1 when one failed,
/// 2 for bad arguments.
/// </summary>
public static class DemoCommandLine
{
    public const string Verb = "demo";

    public static bool Matches(string[] args) => args.Length > 0 && args[0] == Verb;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        string? folder = null;
        var speed = 60.0;
        for (var i = 1; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--out" when !string.IsNullOrWhiteSpace(value):
                    folder = value;
                    i++;
                    break;
                case "--speed" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 1 and <= 3600:
                    speed = parsed;
                    i++;
                    break;
                default:
                    await error.WriteLineAsync($"无法识别的参数“{args[i]}”（--speed 取 1 到 3600）。");
                    await error.WriteLineAsync(DemoTexts.Usage);
                    return 2;
            }
        }

        folder ??= Path.Combine("demo-output", DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            await error.WriteLineAsync($"输出文件夹“{folder}”不是空的；请换一个，演示不会覆盖已有的文件。");
            return 2;
        }

        return await new DemoRun(folder, speed, output).RunAsync();
    }
}
