using MeetingBot.Tests.Authentication.Fakes;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Authentication;

/// <summary>
/// A production-configured bot that fetches its keys from a loopback metadata server, with the keys a test
/// needs: one endorsed for the usual channels, one with no endorsements, one endorsed for other channels only,
/// and an Entra-style key for Emulator tokens.
/// </summary>
public sealed class DeployedBot : IAsyncLifetime
{
    public SigningKey ChannelKey { get; } = SigningKey.Endorsed("channel-key", "msteams", "emulator", "directline");

    public SigningKey UnendorsedKey { get; } = SigningKey.WithoutEndorsements("unendorsed-key");

    public SigningKey OtherChannelsKey { get; } = SigningKey.Endorsed("other-channels-key", "slack", "telegram");

    public SigningKey EmulatorKey { get; } = SigningKey.WithoutEndorsements("entra-key");

    public OpenIdMetadataServer Keys { get; private set; } = null!;

    public MeetingBotFactory Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Keys = await OpenIdMetadataServer.StartAsync();
        Keys.PublishChannelKey(ChannelKey);
        Keys.PublishChannelKey(UnendorsedKey);
        Keys.PublishChannelKey(OtherChannelsKey);
        Keys.PublishEmulatorKey(EmulatorKey);
        Factory = MeetingBotFactory.Deployed(Keys);
        Client = Factory.CreateClient();
    }

    /// <summary>A token as the channel service sends it: our audience, the channel issuer, the serviceUrl vouched for.</summary>
    public string ChannelToken(SigningKey? key = null, string serviceUrl = ActivityJson.ServiceUrl) =>
        TokenMinter.Create(key ?? ChannelKey, MeetingBotFactory.ChannelIssuer, MeetingBotFactory.AppId, TokenMinter.ChannelClaims(serviceUrl));

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Keys.DisposeAsync();
        foreach (var key in new[] { ChannelKey, UnendorsedKey, OtherChannelsKey, EmulatorKey })
        {
            key.Dispose();
        }
    }
}
