using System.Diagnostics.Metrics;
using MeetingBot.BotFramework.Diagnostics;
using MeetingBot.BotFramework.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace MeetingBot.BotFramework.Tests.Diagnostics;

public sealed class StorageConflictTelemetryTests : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly MetricCollector<long> _conflicts;

    public StorageConflictTelemetryTests()
    {
        var services = new ServiceCollection().AddMetrics();
        services.AddSingleton<BotTelemetry>();
        services.AddSingleton<IStorage, MemoryStorage>();
        services.ObserveStorage();
        _services = services.BuildServiceProvider();
        _conflicts = new MetricCollector<long>(_services.GetRequiredService<IMeterFactory>(), BotTelemetry.MeterName, BotTelemetry.StorageConflictsName);
    }

    private IStorage Storage => _services.GetRequiredService<IStorage>();

    [Fact]
    public void ObserveStorage_WrapsTheRegisteredProvider()
    {
        Assert.IsType<ObservedStorage>(Storage);
    }

    [Fact]
    public async Task LostCreateRace_IsCountedOnce_AndStillReachesTheCaller()
    {
        await Storage.WriteAsync("k", "{\"v\":1}", WriteCondition.IfAbsent);

        await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAsync("k", "{\"v\":2}", WriteCondition.IfAbsent));

        var conflict = Assert.Single(_conflicts.GetMeasurementSnapshot());
        Assert.Equal(1, conflict.Value);
        Assert.Equal("write", conflict.Tags[BotTelemetry.StorageOperationTag]);
        Assert.Equal("if-absent", conflict.Tags[BotTelemetry.StorageConditionTag]);
        Assert.Equal("{\"v\":1}", (await Storage.ReadAsync("k"))!.Json);
    }

    [Fact]
    public async Task StaleETag_OnWriteAndDelete_AreCountedByOperation()
    {
        var first = await Storage.WriteAsync("k", "{\"v\":1}", WriteCondition.IfAbsent);
        await Storage.WriteAsync("k", "{\"v\":2}", WriteCondition.IfMatch(first));

        await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAsync("k", "{\"v\":3}", WriteCondition.IfMatch(first)));
        await Assert.ThrowsAsync<StorageConflictException>(() => Storage.DeleteAsync("k", WriteCondition.IfMatch(first)));

        Assert.Equal(
            ["write if-match", "delete if-match"],
            _conflicts.GetMeasurementSnapshot().Select(m => $"{m.Tags[BotTelemetry.StorageOperationTag]} {m.Tags[BotTelemetry.StorageConditionTag]}"));
    }

    [Fact]
    public async Task SuccessfulWrites_CountNothing()
    {
        var etag = await Storage.WriteAsync("k", "{}", WriteCondition.IfAbsent);
        await Storage.WriteAsync("k", "{}", WriteCondition.IfMatch(etag));
        await Storage.DeleteAsync("k", WriteCondition.Any);

        Assert.Empty(_conflicts.GetMeasurementSnapshot());
    }

    public void Dispose()
    {
        _conflicts.Dispose();
        _services.Dispose();
    }
}
