namespace MeetingBot.DingTalk.Stream;

/// <summary>What the gateway answers to open a connection: where to connect, and the one-time ticket.</summary>
public sealed record StreamConnection(string? Endpoint, string? Ticket);
