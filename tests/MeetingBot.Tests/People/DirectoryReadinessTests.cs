using MeetingBot.Coordination.People;
using MeetingBot.Meetings.Storage;
using MeetingBot.People;
using MeetingBot.Tests.Reminders;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MeetingBot.Tests.People;

/// <summary>
/// The directory's start-up runs beside the server's start: whatever the directory serves waits for it — a turn (an
/// administrator's first finds the configured administrator in place), and every request but liveness and the Bot
/// Framework endpoint (whose turns wait in the turn pipeline).
/// </summary>
public sealed class DirectoryReadinessTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    // The start-up's first read of the directory is held until released: the start-up is still running meanwhile.
    private static (DirectoryReadiness Readiness, HeldStorage Storage) Held()
    {
        var storage = new HeldStorage(PeopleDirectoryStore.Key);
        var administrator = new AdministratorOptions { Name = "赵敏", Unit = "党政办", Phone = "13800000001" };
        var startup = new DirectoryStartup(new PeopleDirectoryStore(storage), storage, new MeetingDirectory(storage),
            Options.Create(new DirectoryOptions { Administrators = [administrator] }), TimeProvider.System, NullLogger<DirectoryStartup>.Instance);
        return (new DirectoryReadiness(startup), storage);
    }

    [Fact]
    public async Task ATurnArrivingWhileTheStartUpRuns_WaitsForIt_AndThenFindsTheConfiguredAdministrator()
    {
        var (readiness, storage) = Held();
        using (readiness)
        {
            await readiness.StartAsync(CancellationToken.None);
            await storage.Reached.WaitAsync(Patience);
            var entered = false;
            PeopleDirectory? seen = null;

            // The turn context is not read by this step: it only waits, then hands the turn on.
            var turn = new DirectoryReadyTurns(readiness).OnTurnAsync(null!, async cancellationToken =>
            {
                entered = true;
                seen = await new PeopleDirectoryStore(storage).GetAsync(cancellationToken);
            }, CancellationToken.None);
            var enteredWhileHeld = entered;
            storage.Release();
            await turn.WaitAsync(Patience);

            Assert.False(enteredWhileHeld, "the turn went on while the directory's start-up was still running");
            Assert.Equal("赵敏", Assert.Single(seen!.With(OrganisationRole.Administrator)).Name);
            Assert.True(readiness.StartedAsync(CancellationToken.None).IsCompletedSuccessfully);
        }
    }

    [Theory]
    [InlineData("/overview", true)]
    [InlineData("/chat", true)]
    [InlineData("/healthz", false)]
    [InlineData("/api/messages", false)]
    public async Task ARequestWhileTheStartUpRuns_WaitsForIt_ButLivenessAndTheBotEndpointDoNot(string path, bool waits)
    {
        var (readiness, storage) = Held();
        using (readiness)
        {
            await using var services = new ServiceCollection().AddSingleton(readiness).BuildServiceProvider();
            var app = new ApplicationBuilder(services);
            var entered = false;
            app.UseDirectoryReadiness("/healthz", "/api/messages").Run(_ =>
            {
                entered = true;
                return Task.CompletedTask;
            });
            await readiness.StartAsync(CancellationToken.None);
            await storage.Reached.WaitAsync(Patience);

            var request = app.Build()(new DefaultHttpContext { Request = { Path = path } });
            var enteredWhileHeld = entered;
            storage.Release();
            await request.WaitAsync(Patience);

            Assert.Equal(!waits, enteredWhileHeld);
            Assert.True(entered);
        }
    }
}
