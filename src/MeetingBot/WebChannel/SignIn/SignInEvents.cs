using System.Security.Claims;
using MeetingBot.WebChannel.DirectLine;
using MeetingBot.Coordination.People;
using MeetingBot.Localization;
using MeetingBot.People;
using MeetingBot.WebChannel;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace MeetingBot.WebChannel.SignIn;

/// <summary>
/// What the service does at the steps of an OpenID Connect sign-in: sends the provider back to the published
/// address, turns the provider's answer into a directory person (or a page saying whom to ask), and shows a page,
/// never an exception, when the answer fails its checks (state, nonce, PKCE, signature).
/// </summary>
public sealed partial class SignInEvents(
    PeopleDirectoryStore people,
    IOptions<SignInOptions> options,
    IOptions<DirectLineOptions> directLine,
    ILogger<SignInEvents> logger) : OpenIdConnectEvents
{
    public override Task RedirectToIdentityProvider(RedirectContext context)
    {
        // Behind a reverse proxy the request's own scheme and host are not the ones the provider must send people to.
        context.ProtocolMessage.RedirectUri = directLine.Value.PublicUrl.TrimEnd('/') + options.Value.CallbackPath;
        return Task.CompletedTask;
    }

    public override async Task TicketReceived(TicketReceivedContext context)
    {
        var claim = options.Value.Claim;
        var value = context.Principal?.FindFirst(claim)?.Value;
        var directory = await people.GetAsync(context.HttpContext.RequestAborted);
        if (SignInIdentity.Find(directory, claim, value) is not { } person)
        {
            LogRefused(logger, claim);
            context.HandleResponse();
            var locale = AcceptLanguage.Of(context.Request);
            var administrators = DirectoryChanges.AdministratorNames(directory);
            var notice = new ChatNotice(
                ChatPageTexts.RefusedTitle.In(locale),
                [
                    ChatPageTexts.RefusedBody.In(locale, $"{claim}: {value ?? "—"}"),
                    administrators == "—" ? ChatPageTexts.RefusedAskOffice.In(locale) : ChatPageTexts.RefusedAskNamed.In(locale, administrators),
                ],
                ChatPageTexts.SignInAgain.In(locale),
                context.Request.PathBase + SignInEndpoints.SignInPath);
            await ChatNoticeHtml.Result(context.Response, notice, locale, StatusCodes.Status403Forbidden).ExecuteAsync(context.HttpContext);
            return;
        }

        // The cookie keeps only who the person is in the directory; nothing of the provider's tokens.
        context.Principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(SignInSchemes.PersonIdClaim, person.Id), new Claim(SignInSchemes.NameClaim, person.Name)],
            SignInSchemes.Cookie, SignInSchemes.NameClaim, roleType: null));
        LogSignedIn(logger, person.Id);
    }

    public override async Task RemoteFailure(RemoteFailureContext context)
    {
        LogFailed(logger, context.Failure?.GetType().Name ?? "none", context.Failure?.Message ?? string.Empty);
        context.HandleResponse();
        var locale = AcceptLanguage.Of(context.Request);
        var notice = new ChatNotice(ChatPageTexts.FailedTitle.In(locale), [ChatPageTexts.FailedBody.In(locale)],
            ChatPageTexts.SignInAgain.In(locale), context.Request.PathBase + SignInEndpoints.SignInPath);
        await ChatNoticeHtml.Result(context.Response, notice, locale, StatusCodes.Status400BadRequest).ExecuteAsync(context.HttpContext);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in refused: no one in the directory matches the {Claim} claim")]
    private static partial void LogRefused(ILogger logger, string claim);

    [LoggerMessage(Level = LogLevel.Information, Message = "Signed in to the web chat as directory person {PersonId}")]
    private static partial void LogSignedIn(ILogger logger, string personId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in failed its checks ({FailureType}): {Reason}")]
    private static partial void LogFailed(ILogger logger, string failureType, string reason);
}
