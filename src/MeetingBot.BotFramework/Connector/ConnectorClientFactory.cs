namespace MeetingBot.BotFramework.Connector;

/// <summary>Connector clients per service URL, all sharing the one resilient HTTP pipeline.</summary>
public sealed class ConnectorClientFactory(IHttpClientFactory httpClientFactory)
{
    public ConnectorClient Create(string serviceUrl) =>
        new(httpClientFactory.CreateClient(ConnectorClient.HttpClientName), serviceUrl);
}
