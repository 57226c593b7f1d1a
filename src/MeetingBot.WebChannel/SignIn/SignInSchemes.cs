namespace MeetingBot.WebChannel.SignIn;

/// <summary>The authentication schemes of the web chat's sign-in, and the claims its cookie holds.</summary>
public static class SignInSchemes
{
    public const string Cookie = "meetingbot-signin";
    public const string OpenIdConnect = "meetingbot-oidc";
    public const string CookieName = "meetingbot.signin";

    /// <summary>The directory id of the signed-in person: all the cookie needs; the directory is read again on every use.</summary>
    public const string PersonIdClaim = "pid";
    public const string NameClaim = "name";
}
