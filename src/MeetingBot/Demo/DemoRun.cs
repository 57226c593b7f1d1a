using System.Globalization;
using System.Net;
using System.Net.Sockets;
using MeetingBot.Hosting;

namespace MeetingBot.Demo;

/// <summary>
/// One whole cycle of the seed's meeting against the real service: the service runs in this process on loopback with
/// embedded storage (SQLite, documents on disk, SQLite job store) in the output folder and the demo clock; the team
/// talks to it over HTTP through <see cref="DemoChannel"/>. Each phase must pass its checks; the first that does not
/// stops the run and says why.
/// </summary>
public sealed class DemoRun(string outputFolder, double speed, TextWriter output)
{
    public async Task<int> RunAsync()
    {
        Directory.CreateDirectory(outputFolder);
        var clock = new DemoClock(speed);
        var transcript = new DemoTranscript(output, clock);
        var port = FreePort();
        var botUrl = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        await using var app = MeetingBotApplication.Build(new WebApplicationOptions { EnvironmentName = Environments.Development }, builder =>
        {
            builder.Configuration.AddInMemoryCollection(Settings(botUrl));
            builder.Services.AddSingleton<TimeProvider>(clock);
        });
        app.MapMeetingBot();
        await app.StartAsync();
        await DemoDirectory.SeedAsync(app.Services, CancellationToken.None);
        await using var channel = await DemoChannel.StartAsync(transcript);
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        var chat = new DemoChat(http, new Uri(botUrl + "/api/messages"), channel, transcript);
        var stage = new DemoStage(chat, clock, app.Services, outputFolder);
        var preparation = new PreparationScenes(stage);
        var closing = new ClosingScenes(stage);
        (string Title, Func<Task> Play)[] phases =
        [
            ("建会：新建会议、确定角色、谈话方案", preparation.SetUpAsync),
            ("提醒：截止前的提醒按时推送", preparation.RemindAsync),
            ("提交：学习、查摆问题、对照检查材料、谈心谈话、批评发言提纲", preparation.SubmitAsync),
            ("审阅把关：退回一份提纲，修改后全部批准并明示", preparation.ReviewAsync),
            ("会前把关：集体材料送督导组审核定稿，准备不全不能开会，补齐后确认召开", preparation.ConfirmAsync),
            ("召开会议：议程、会议记录、标记召开", closing.HoldMeetingAsync),
            ("专题报告：送审、审定、报送通报，写出 Word 和 Markdown", closing.ReportAsync),
            ("整改落实：任务书、进展、公示、到期提醒、台账", closing.RectifyAsync),
        ];

        transcript.Line(DemoTexts.Started(transcript.LocalNow, speed, botUrl, channel.ServiceUrl));
        for (var i = 0; i < phases.Length; i++)
        {
            var (title, play) = phases[i];
            transcript.Line(DemoTexts.Phase(i + 1, title));
            try
            {
                await play();
            }
            catch (DemoStepFailedException failed)
            {
                transcript.Line(DemoTexts.Failed(i + 1, title, failed.Message));
                await app.StopAsync();
                return 1;
            }

            transcript.Line(DemoTexts.PhasePassed(i + 1, title));
        }

        transcript.Line(DemoTexts.AllPassed(phases.Length, Path.GetFullPath(outputFolder)));
        await app.StopAsync();
        return 0;
    }

    /// <summary>Embedded everything in the output folder, authentication off (loopback, Development), quiet logs.</summary>
    private Dictionary<string, string?> Settings(string botUrl) => new()
    {
        ["urls"] = botUrl,
        ["MicrosoftAppId"] = "",
        ["MicrosoftAppPassword"] = "",
        ["Storage:Provider"] = "Sqlite",
        ["Storage:Sqlite:Path"] = Path.Combine(outputFolder, "meetingbot.db"),
        ["Documents:Provider"] = "FileSystem",
        ["Documents:FileSystem:Path"] = Path.Combine(outputFolder, "documents"),
        ["Documents:Links:PublicBaseUrl"] = botUrl,
        ["Reminders:JobStore"] = "Sqlite",
        ["Reminders:JobStorePath"] = Path.Combine(outputFolder, "reminders.db"),
        ["Logging:LogLevel:Default"] = "Warning",
        // Authentication is off on purpose here; the service's start-up warning about it would only be noise.
        ["Logging:LogLevel:MeetingBot.Hosting.AuthenticationStartupNotice"] = "Error",
    };

    /// <summary>A free loopback port, known before start-up because the bot's download links must name it.</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
