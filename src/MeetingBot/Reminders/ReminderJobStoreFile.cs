namespace MeetingBot.Reminders;

/// <summary>Creates the SQLite job store's folder and file (readable by the service's user only) as the service starts.</summary>
internal sealed class ReminderJobStoreFile(string path) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        Storage.OwnerOnlyFile.PrepareDatabase(full);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
