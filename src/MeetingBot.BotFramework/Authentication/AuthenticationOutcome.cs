using System.Security.Claims;

namespace MeetingBot.BotFramework.Authentication;

/// <summary>
/// The result of checking a request's token. <see cref="ServiceUrlVerified"/> says the activity's serviceUrl was
/// vouched for by a signed <c>serviceurl</c> claim, which is what lets the bot send its own token there.
/// </summary>
public sealed record AuthenticationOutcome(
    bool Succeeded,
    int StatusCode,
    string? Failure,
    ClaimsIdentity? Identity,
    string? CallerId,
    bool ServiceUrlVerified)
{
    public static AuthenticationOutcome Anonymous { get; } = new(true, 200, null, new ClaimsIdentity(), null, false);

    public static AuthenticationOutcome Unauthorized(string reason) => new(false, 401, reason, null, null, false);

    public static AuthenticationOutcome Forbidden(string reason) => new(false, 403, reason, null, null, false);

    public static AuthenticationOutcome Success(ClaimsIdentity identity, string callerId, bool serviceUrlVerified) =>
        new(true, 200, null, identity, callerId, serviceUrlVerified);
}
