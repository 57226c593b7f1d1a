namespace MeetingBot.BotFramework.Schema;

public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Typing = "typing";
    public const string Event = "event";
    public const string Invoke = "invoke";
    public const string EndOfConversation = "endOfConversation";
    public const string MessageReaction = "messageReaction";
    public const string MessageUpdate = "messageUpdate";
    public const string MessageDelete = "messageDelete";
    public const string Trace = "trace";
    public const string InvokeResponse = "invokeResponse";
}

public static class ActionTypes
{
    public const string ImBack = "imBack";
    public const string PostBack = "postBack";
    public const string MessageBack = "messageBack";
    public const string OpenUrl = "openUrl";
}

public static class DeliveryModes
{
    public const string Normal = "normal";
    public const string Notification = "notification";
    public const string ExpectReplies = "expectReplies";
}

public static class Channels
{
    public const string MsTeams = "msteams";
    public const string Emulator = "emulator";
    public const string DirectLine = "directline";
    public const string WebChat = "webchat";

    /// <summary>WeCom (企业微信) self-built application, served by its channel adapter.</summary>
    public const string WeCom = "wecom";

    /// <summary>DingTalk (钉钉) enterprise internal application robot, served by its channel adapter.</summary>
    public const string DingTalk = "dingtalk";
}
