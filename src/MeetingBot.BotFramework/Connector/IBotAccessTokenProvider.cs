namespace MeetingBot.BotFramework.Connector;

/// <summary>The bearer token the bot presents to the Connector; null when authentication is off.</summary>
public interface IBotAccessTokenProvider
{
    Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken);
}
