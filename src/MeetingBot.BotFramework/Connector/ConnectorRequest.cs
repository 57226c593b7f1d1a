namespace MeetingBot.BotFramework.Connector;

/// <summary>Ids carried on each connector request so retries and failures can be logged against the turn.</summary>
public static class ConnectorRequest
{
    public static readonly HttpRequestOptionsKey<string> ConversationId = new("meetingbot.conversationId");
    public static readonly HttpRequestOptionsKey<string> ActivityId = new("meetingbot.activityId");
}
