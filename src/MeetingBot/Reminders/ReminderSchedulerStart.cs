using Quartz;

namespace MeetingBot.Reminders;

/// <summary>
/// Starts Quartz once the server listens instead of before it. Quartz's own hosted service creates the scheduler in
/// its <c>StartAsync</c>, which the host runs before the server starts: on the ADO job store that is the schema check
/// and the reminder job's row, about a sixth of the time to the first answered turn (tests/bench/RESULTS.md, "where
/// start-up goes"). Run from <see cref="StartedAsync"/>, after every <c>StartAsync</c> (the server's
/// included) and before the host reports itself started, so the reminder start-up pass (which waits for that) still
/// finds the scheduler, and a missed reminder still fires once it starts, as before. The host runs each service's
/// <c>StartedAsync</c> in turn, in the order registered, and the directory's (whose start-up runs beside the server's
/// start) is registered before this one (<c>MeetingBotApplication</c>): the scheduler starts on a
/// bootstrapped directory.
/// </summary>
internal sealed class ReminderSchedulerStart(QuartzHostedService quartz) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => quartz.StartAsync(cancellationToken);

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => quartz.StopAsync(cancellationToken);

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
