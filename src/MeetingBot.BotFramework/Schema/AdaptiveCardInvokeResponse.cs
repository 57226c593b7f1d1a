using System.Text.Json;

namespace MeetingBot.BotFramework.Schema;

/// <summary>The body of an <c>adaptiveCard/action</c> invoke response: <c>{ statusCode, type, value }</c>.</summary>
public sealed record AdaptiveCardInvokeResponse(int StatusCode, string Type, JsonElement? Value)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public static AdaptiveCardInvokeResponse Message(string text) =>
        new(200, MessageType, JsonSerializer.SerializeToElement(text));

    public static AdaptiveCardInvokeResponse Card(JsonElement card) => new(200, CardType, card);

    public static AdaptiveCardInvokeResponse Error(int statusCode, string code, string message) =>
        new(statusCode, ErrorType, JsonSerializer.SerializeToElement(new { code, message }));
}
