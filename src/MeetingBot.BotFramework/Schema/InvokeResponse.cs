using System.Text.Json;

namespace MeetingBot.BotFramework.Schema;

/// <summary>The HTTP status and body the bot answers an invoke with (protocol §1.9).</summary>
public sealed record InvokeResponse(int Status, JsonElement? Body = null);
