namespace MeetingBot.BotFramework.Connector;

/// <summary>Ids carried on each connector request so retries and failures can be logged and counted against the turn.</summary>
public static class ConnectorRequest
{
    public static readonly HttpRequestOptionsKey<string> ConversationId = new("meetingbot.conversationId");
    public static readonly HttpRequestOptionsKey<string> ActivityId = new("meetingbot.activityId");

    /// <summary>Which Connector API the request calls (<c>send</c>, <c>reply</c>, …): a metric tag, so never an id.</summary>
    public static readonly HttpRequestOptionsKey<string> Operation = new("meetingbot.operation");
}
