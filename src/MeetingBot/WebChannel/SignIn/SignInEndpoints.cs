using MeetingBot.WebChannel.DirectLine;
using MeetingBot.Localization;
using MeetingBot.People;
using MeetingBot.WebChannel;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace MeetingBot.WebChannel.SignIn;

/// <summary>
/// <c>GET /chat/signin</c> sends the person to the organisation's identity provider and back to /chat;
/// <c>POST /chat/session</c> is how the chat page of a signed-in person gets a credential for the Direct Line token
/// endpoint. The session call needs the sign-in cookie (SameSite=Strict, so another site's page never sends it) and
/// an Origin header naming this service.
/// </summary>
public static class SignInEndpoints
{
    public const string SignInPath = ChatPage.Path + "/signin";
    public const string SessionPath = ChatPage.Path + "/session";

    /// <summary><c>/chat/signin?back=overview</c>: signed in, the person lands on the superior's overview page.</summary>
    public const string OverviewBack = "overview";

    /// <summary>Where <see cref="OverviewBack"/> returns to: the overview page is served at this path (it uses this constant).</summary>
    public const string OverviewPath = "/overview";

    public static void Map(WebApplication app)
    {
        app.MapGet(SignInPath, (HttpContext http) =>
        {
            // Back to the same room (or the overview page) afterwards; nothing else from the query is carried (no open redirect).
            var back = http.Request.Query["back"] == OverviewBack
                ? http.Request.PathBase + OverviewPath
                : http.Request.PathBase + ChatPage.Path + (http.Request.Query["room"] == InvitationConversations.Team ? "?room=team" : string.Empty);
            http.Response.Headers.CacheControl = "no-store";
            return Results.Challenge(new AuthenticationProperties { RedirectUri = back }, [SignInSchemes.OpenIdConnect]);
        });
        app.MapPost(SessionPath, SessionAsync);
    }

    private static async Task<IResult> SessionAsync(
        HttpContext http, SignInCredentials credentials, PeopleDirectoryStore people, IOptions<DirectLineOptions> directLine)
    {
        http.Response.Headers.CacheControl = "no-store";
        if (!FromThisService(http.Request, directLine.Value.PublicUrl))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var signedIn = await http.AuthenticateAsync(SignInSchemes.Cookie);
        if (signedIn.Principal?.FindFirst(SignInSchemes.PersonIdClaim)?.Value is not { Length: > 0 } personId)
        {
            return Results.Json(new { signIn = http.Request.PathBase + SignInPath }, statusCode: StatusCodes.Status401Unauthorized);
        }

        var directory = await people.GetAsync(http.RequestAborted);
        if (directory.Find(personId) is not { } person)
        {
            // Removed from the directory since signing in: the sign-in ends here too.
            await http.SignOutAsync(SignInSchemes.Cookie);
            var locale = AcceptLanguage.Of(http.Request);
            return Results.Json(new { message = ChatPageTexts.RefusedTitle.In(locale), signIn = http.Request.PathBase + SignInPath },
                statusCode: StatusCodes.Status403Forbidden);
        }

        return Results.Json(new { credential = credentials.For(person.Id), name = person.Name });
    }

    /// <summary>
    /// Browsers send Origin on every POST from a page; it must be this service (as reached, or as published behind a
    /// proxy). Together with the SameSite=Strict cookie this shuts out cross-site requests.
    /// </summary>
    private static bool FromThisService(HttpRequest request, string publicUrl)
    {
        if (request.Headers.Origin.FirstOrDefault() is not { Length: > 0 } origin || !Uri.TryCreate(origin, UriKind.Absolute, out var from))
        {
            return false;
        }

        var reached = $"{request.Scheme}://{request.Host}";
        return SameOrigin(from, reached) || SameOrigin(from, publicUrl);
    }

    private static bool SameOrigin(Uri from, string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var to)
        && string.Equals(from.Scheme, to.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(from.Host, to.Host, StringComparison.OrdinalIgnoreCase)
        && from.Port == to.Port;
}
