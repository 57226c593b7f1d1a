namespace MeetingBot.BotFramework.Schema;

/// <summary>The protocol's error body: <c>{ "error": { "code", "message" } }</c>.</summary>
public sealed record ErrorResponse(Error Error)
{
    public static ErrorResponse Of(string code, string message) => new(new Error(code, message));
}

public sealed record Error(string Code, string Message);
