using System.Security.Cryptography;
using System.Text;

namespace MeetingBot.Storage.AzureBlob;

/// <summary>
/// Turns a free-text key (Teams ids hold <c>:</c> <c>/</c> <c>;</c> <c>@</c>) into a blob name.
/// <para>
/// The scheme: the key's UTF-8 percent-encoding (<see cref="Uri.EscapeDataString(string)"/>) with <c>.</c> and <c>~</c>
/// escaped too, so a name holds only <c>A-Z a-z 0-9 - _ %</c>. There is no <c>/</c>, hence no virtual folders, and no
/// dot, hence no <c>.</c> or <c>..</c> segment or trailing dot for URL normalisation to eat; case is kept, as the
/// service keeps it. <see cref="Uri.UnescapeDataString(string)"/> gives the key back.
/// </para>
/// <para>
/// The service allows 1024 characters. A longer encoding keeps its first <see cref="PrefixLength"/> characters (cut
/// before an escape) and appends <c>~</c> and the SHA-256 of the key in hex: still one blob per key, readable by its
/// start, but no longer reversible. <c>~</c> never occurs in an encoded name, so the two forms cannot collide.
/// </para>
/// </summary>
public static class BlobNames
{
    public const int MaxLength = 1024;
    private const int HashSuffixLength = 1 + (256 / 4);
    private const int PrefixLength = MaxLength - HashSuffixLength;

    public static string For(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var encoded = Uri.EscapeDataString(key).Replace(".", "%2E", StringComparison.Ordinal).Replace("~", "%7E", StringComparison.Ordinal);
        if (encoded.Length <= MaxLength)
        {
            return encoded;
        }

        var cut = PrefixLength;
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
}
