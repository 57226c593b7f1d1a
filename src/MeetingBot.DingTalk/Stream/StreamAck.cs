namespace MeetingBot.DingTalk.Stream;

/// <summary>The answer to a frame, by its messageId: without it the gateway sends the frame again.</summary>
public sealed record StreamAck(int Code, Dictionary<string, string> Headers, string Message, string Data)
{
    public static StreamAck For(string messageId, string data, int code = 200, string message = "OK") =>
        new(code, new Dictionary<string, string> { ["contentType"] = "application/json", ["messageId"] = messageId }, message, data);
}
