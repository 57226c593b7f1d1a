using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace MeetingBot.Opinions;

/// <summary>
/// The hidden token each served form carries: protected (so it cannot be made up), bound to the link it was served
/// for, valid for <see cref="Lifetime"/>. A post without one from this link's page is refused; its random part keys
/// the opinion, so the same form sent twice is kept once.
/// </summary>
public sealed class OpinionFormToken(IDataProtectionProvider protection)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(4);

    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("MeetingBot.Opinions.Form").ToTimeLimitedDataProtector();

    public string Issue(string linkToken) =>
        _protector.Protect(OpinionLinkStore.Key(linkToken) + "|" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), Lifetime);

    /// <returns>The form's own key, or null when the token is missing, forged, expired or from another link.</returns>
    public string? Check(string? formToken, string linkToken)
    {
        if (string.IsNullOrEmpty(formToken) || formToken.Length > 1024)
        {
            return null;
        }

        try
        {
            var parts = _protector.Unprotect(formToken).Split('|');
            return parts.Length == 2 && parts[0] == OpinionLinkStore.Key(linkToken) ? parts[1] : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
