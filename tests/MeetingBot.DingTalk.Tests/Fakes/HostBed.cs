namespace MeetingBot.DingTalk.Tests.Fakes;

/// <summary>A fake platform and a host connected to it, shared by the tests of one class.</summary>
public class HostBed(string mode) : IAsyncLifetime
{
    public FakeDingTalk Platform { get; private set; } = null!;

    public DingTalkHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Platform = await FakeDingTalk.StartAsync();
        Host = new DingTalkHost(Platform, mode);
        _ = Host.Services;
        if (mode == "Stream")
        {
            await Platform.WaitConnectedAsync();
        }
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Platform.DisposeAsync();
    }
}
