namespace MeetingBot.Bench.Turns;

/// <summary>Samples the service's resident memory (MB) once a second while a run lasts.</summary>
public sealed class MemorySampler : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<double> _samples = [];
    private readonly Task _loop;

    private MemorySampler(int? pid) => _loop = pid is { } p ? LoopAsync(p) : Task.CompletedTask;

    public static MemorySampler Start(int? pid) => new(pid);

    public IReadOnlyList<double> Stop()
    {
        _stop.Cancel();
        _loop.Wait();
        lock (_samples)
        {
            return [.. _samples];
        }
    }

    public void Dispose()
    {
        if (!_stop.IsCancellationRequested)
        {
            Stop();
        }

        _stop.Dispose();
    }

    private async Task LoopAsync(int pid)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            do
            {
                lock (_samples)
                {
                    _samples.Add(ProcessStats.ResidentMegabytes(pid));
                }
            }
            while (await timer.WaitForNextTickAsync(_stop.Token));
        }
        catch (OperationCanceledException)
        {
            // The run ended.
        }
    }
}
