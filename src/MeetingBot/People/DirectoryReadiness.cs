namespace MeetingBot.People;

/// <summary>
/// Runs the directory's start-up (<see cref="DirectoryStartup"/>: the configured administrators, the one-off
/// migrations) beside the server's start instead of before it, and holds back whatever the directory serves until it
/// is done: every request but liveness (<see cref="DirectoryReadinessHosting.UseDirectoryReadiness"/>), every turn
/// whichever channel brings it (<see cref="DirectoryReadyTurns"/>), and the reminder scheduler. The host's start
/// still ends with it (<see cref="StartedAsync"/>), so a failure stops the start as before and
/// <c>ApplicationStarted</c> still means the directory is bootstrapped; only the server no longer waits for it.
/// </summary>
public sealed class DirectoryReadiness(DirectoryStartup startup) : IHostedLifecycleService, IDisposable
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Completes when the directory's start-up has run (faults with its failure).</summary>
    public Task Done => _done.Task;

    public Task WaitAsync(CancellationToken cancellationToken) =>
        _done.Task.IsCompletedSuccessfully ? Task.CompletedTask : _done.Task.WaitAsync(cancellationToken);

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // On the thread pool: the services after this one (the server among them) start meanwhile.
        _ = Task.Run(RunAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StartedAsync(CancellationToken cancellationToken) => WaitAsync(cancellationToken);

    public Task StoppingAsync(CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _stopping.Dispose();

    private async Task RunAsync()
    {
        try
        {
            await startup.RunAsync(_stopping.Token);
            _done.TrySetResult();
        }
        catch (OperationCanceledException ex) when (_stopping.IsCancellationRequested)
        {
            _done.TrySetCanceled(ex.CancellationToken);
        }
        catch (Exception ex)
        {
            // Handed to whoever waits (the host's start first): the start fails with it, as when it ran in StartAsync.
            _done.TrySetException(ex);
        }
    }
}
