namespace MeetingBot.BotFramework.Schema;

/// <summary>The connector's answer to a send. <see cref="Id"/> may be absent: some channels answer 2xx with no body.</summary>
public sealed record ResourceResponse(string? Id);
