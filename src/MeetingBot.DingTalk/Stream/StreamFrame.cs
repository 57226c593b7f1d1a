namespace MeetingBot.DingTalk.Stream;

/// <summary>
/// One frame the Stream gateway pushes: <c>type</c> SYSTEM (ping, disconnect), EVENT or CALLBACK; <c>headers</c> with
/// its <c>topic</c> and <c>messageId</c>; <c>data</c> a JSON string (the robot message, the card press).
/// </summary>
public sealed record StreamFrame(string? SpecVersion, string? Type, Dictionary<string, string>? Headers, string? Data)
{
    public const string System = "SYSTEM";
    public const string Event = "EVENT";
    public const string Callback = "CALLBACK";

    public const string PingTopic = "ping";
    public const string DisconnectTopic = "disconnect";
    public const string RobotMessageTopic = "/v1.0/im/bot/messages/get";
    public const string CardCallbackTopic = "/v1.0/card/instances/callback";

    public string? Topic => Headers?.GetValueOrDefault("topic");

    public string? MessageId => Headers?.GetValueOrDefault("messageId");
}
