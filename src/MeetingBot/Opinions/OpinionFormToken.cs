using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MeetingBot.Opinions;

/// <summary>
/// The hidden token each served form carries: when it was served, a random part, and an HMAC of both under the link's
/// <see cref="OpinionLink.FormSecret"/>. So it cannot be made up, works only for the link it was served for (and on
/// every instance, the secret being stored with the link), and lasts <see cref="Lifetime"/>. A post without one from
/// this link's page is refused; its random part keys the opinion, so the same form sent twice is kept once.
/// </summary>
public sealed class OpinionFormToken(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(4);

    public string Issue(OpinionLink link)
    {
        var body = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) + "." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        return body + "." + Sign(link, body);
    }

    /// <returns>The form's own key, or null when the token is missing, forged, expired or from another link.</returns>
    public string? Check(string? formToken, OpinionLink link)
    {
        var parts = (formToken ?? string.Empty).Split('.');
        if (parts.Length != 3 || parts[2].Length != 64 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var issued))
        {
            return null;
        }

        var body = parts[0] + "." + parts[1];
        var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(issued);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(link, body)), Encoding.ASCII.GetBytes(parts[2]))
            && age >= TimeSpan.FromMinutes(-5) && age <= Lifetime
            ? parts[1]
            : null;
    }

    private static string Sign(OpinionLink link, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(link.FormSecret), Encoding.UTF8.GetBytes(body)));
}
