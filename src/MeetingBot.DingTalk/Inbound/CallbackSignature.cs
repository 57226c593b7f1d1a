using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MeetingBot.DingTalk.Inbound;

/// <summary>
/// The robot callback's signature (HTTP mode): header <c>sign</c> = Base64(HMAC-SHA256(key: app secret, data: timestamp
/// + "\n" + app secret)), header <c>timestamp</c> in milliseconds and within an hour of now. Both must hold.
/// </summary>
public static class CallbackSignature
{
    public static string Compute(string timestamp, string appSecret)
    {
        var key = Encoding.UTF8.GetBytes(appSecret);
        var data = Encoding.UTF8.GetBytes(timestamp + "\n" + appSecret);
        return Convert.ToBase64String(HMACSHA256.HashData(key, data));
    }

    /// <summary>Whether the headers prove the platform sent this now; the comparison takes constant time.</summary>
    public static CallbackCheck Check(string? timestamp, string? sign, string appSecret, DateTimeOffset now, TimeSpan maxAge)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(sign)
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds))
        {
            return CallbackCheck.Unsigned;
        }

        if (milliseconds > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()
            || (now - DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)).Duration() > maxAge)
        {
            return CallbackCheck.Stale;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(timestamp, appSecret));
        var given = Encoding.ASCII.GetBytes(sign);
        return CryptographicOperations.FixedTimeEquals(expected, given) ? CallbackCheck.Valid : CallbackCheck.WrongSignature;
    }
}
