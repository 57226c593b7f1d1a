using System.Net;
using MeetingBot.Tests.Chat.Meetings.Submissions;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Storage;

/// <summary>
/// On Linux every file the service keeps its data in (the state database, the reminders' job store, their WAL and
/// shared-memory files, the Direct Line key, stored documents) is readable by its own user only: 0600.
/// </summary>
public sealed class DataFileModeTests : IDisposable
{
    private const UnixFileMode GroupOrOthers =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    private readonly string _folder = Directory.CreateTempSubdirectory("meetingbot-modes-").FullName;

    [Fact]
    public async Task AfterAStartAndATurn_EveryDataFile_IsOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes only.
        }

        using (var factory = MeetingBotFactory.WithStorage(new()
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:Sqlite:Path"] = Path.Combine(_folder, "meetingbot.db"),
            ["Reminders:JobStorePath"] = Path.Combine(_folder, "reminders.db"),
        }))
        {
            using var client = factory.CreateClient();
            var seeded = await SeededMeeting.CreateAsync(factory);
            await seeded.SayAsync(client, seeded.Member(1), "我的任务");
            using var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);

            var files = Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories).ToList();
            Assert.Contains(Path.Combine(_folder, "meetingbot.db"), files);
            Assert.Contains(Path.Combine(_folder, "meetingbot.db-wal"), files);
            Assert.Contains(Path.Combine(_folder, "reminders.db"), files);
            foreach (var file in files)
            {
                Assert.True((File.GetUnixFileMode(file) & GroupOrOthers) == 0, $"{Path.GetFileName(file)} is {File.GetUnixFileMode(file)}");
            }
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
