using System.Security.Cryptography;
using System.Text;

namespace MeetingBot.Storage;

/// <summary>
/// Turns a free-text key (Teams ids hold <c>:</c> <c>/</c> <c>;</c> <c>@</c>) into one flat name for a blob or a file.
/// <para>
/// The scheme: the key's UTF-8 percent-encoding (<see cref="Uri.EscapeDataString(string)"/>) with <c>.</c> and <c>~</c>
/// escaped too, so a name holds only <c>A-Z a-z 0-9 - _ %</c>. There is no <c>/</c>, hence no folders, and no dot, hence
/// no <c>.</c> or <c>..</c> segment or trailing dot for URL or path normalisation to eat.
/// <see cref="Uri.UnescapeDataString(string)"/> gives the key back.
/// </para>
/// <para>
/// With <c>escapeUpperCase</c> the ASCII capitals are escaped as well (<c>A</c> becomes <c>%41</c>), so a name holds no
/// plain capital and names of different keys differ even on a file system that ignores case (Windows, macOS).
/// </para>
/// <para>
/// An encoding longer than the limit keeps its start (cut before an escape) and appends <c>~</c> and the SHA-256 of the
/// key in hex: still one name per key, readable by its start, but no longer reversible. <c>~</c> never occurs in an
/// encoded name, so the two forms cannot collide.
/// </para>
/// </summary>
public static class KeyNames
{
    /// <summary><c>~</c> and 64 hex digits.</summary>
    public const int HashSuffixLength = 1 + (256 / 4);

    public static string Encode(string key, int maxLength, bool escapeUpperCase = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        // Room for the hash and at least one whole escape before it.
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, HashSuffixLength + 3);
        var encoded = EncodeUnbounded(key);
        if (escapeUpperCase)
        {
            encoded = EscapeCapitals(encoded);
        }

        if (encoded.Length <= maxLength)
        {
            return encoded;
        }

        var cut = maxLength - HashSuffixLength;
        if (encoded[cut - 1] == '%')
        {
            cut -= 1;
        }
        else if (encoded[cut - 2] == '%')
        {
            cut -= 2;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return $"{encoded[..cut]}~{hash}";
    }

    /// <summary>
    /// The encoding without a length limit. It works character by character, so the encoding of a key's prefix is a
    /// prefix of the key's encoding: what listing by prefix relies on.
    /// </summary>
    public static string EncodeUnbounded(string key) =>
        Uri.EscapeDataString(key).Replace(".", "%2E", StringComparison.Ordinal).Replace("~", "%7E", StringComparison.Ordinal);

    // The hex digits of existing escapes are capitals too and must stay as they are.
    private static string EscapeCapitals(string encoded)
    {
        var result = new StringBuilder(encoded.Length + 16);
        for (var i = 0; i < encoded.Length; i++)
        {
            var c = encoded[i];
            if (c == '%')
            {
                result.Append(encoded, i, 3);
                i += 2;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                result.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
