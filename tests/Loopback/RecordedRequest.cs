namespace MeetingBot.Testing.Loopback;

/// <summary>One request a <see cref="LoopbackServer"/> answered, as it arrived.</summary>
public sealed record RecordedRequest(string Method, string PathAndQuery, string Authorization, string Body, DateTimeOffset ArrivedAt);
