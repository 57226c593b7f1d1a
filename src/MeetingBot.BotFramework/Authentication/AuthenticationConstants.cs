namespace MeetingBot.BotFramework.Authentication;

/// <summary>Issuers and claim names of Bot Framework tokens (protocol §3).</summary>
public static class AuthenticationConstants
{
    public const string ServiceUrlClaim = "serviceurl";
    public const string AppIdClaim = "appid";
    public const string AuthorizedPartyClaim = "azp";
    public const string VersionClaim = "ver";
    public const string TenantIdClaim = "tid";
    public const string CallerIdAzure = "urn:botframework:azure";

    /// <summary>Entra issuers of tokens the Bot Framework Emulator presents (protocol §3.3).</summary>
    public static readonly IReadOnlyList<string> EmulatorIssuers =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
        "https://sts.windows.net/cab8a31a-1906-4287-a0d8-4eef66b95f6e/",
        "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0",
        "https://login.microsoftonline.us/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.us/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
    ];

    public static readonly IReadOnlyList<string> AllowedAlgorithms = ["RS256", "RS384", "RS512"];
}
