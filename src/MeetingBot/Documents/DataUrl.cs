namespace MeetingBot.Documents;

/// <summary>
/// A file inline in a <c>data:</c> URL (RFC 2397): <c>data:[&lt;media type&gt;][;base64],&lt;data&gt;</c>. The size is
/// checked from the URL's length before anything is decoded.
/// </summary>
internal static class DataUrl
{
    private const string Scheme = "data:";

    public static bool Is(string url) => url.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase);

    public static Fetched Decode(string url, long maxBytes)
    {
        var comma = url.IndexOf(',', StringComparison.Ordinal);
        if (!Is(url) || comma < 0)
        {
            return Fetched.Refused(new UploadOutcome.DownloadFailed("malformed data URL"));
        }

        var header = url.AsSpan(Scheme.Length, comma - Scheme.Length);
        var data = url.AsSpan(comma + 1);
        return header.EndsWith(";base64", StringComparison.OrdinalIgnoreCase) ? Base64(data, maxBytes) : PercentEncoded(data, maxBytes);
    }

    private static Fetched Base64(ReadOnlySpan<char> data, long maxBytes)
    {
        // Four characters carry three bytes; padding makes the true size at most two bytes less.
        if (((long)data.Length / 4 * 3) - 2 > maxBytes)
        {
            return Fetched.Refused(new UploadOutcome.TooLarge(maxBytes));
        }

        var bytes = new byte[(data.Length / 4 * 3) + 3];
        if (!Convert.TryFromBase64Chars(data, bytes, out var written))
        {
            return Fetched.Refused(new UploadOutcome.DownloadFailed("data URL is not valid base64"));
        }

        return written > maxBytes
            ? Fetched.Refused(new UploadOutcome.TooLarge(maxBytes))
            : Fetched.Bytes(bytes.AsMemory(0, written));
    }

    // Octets as ASCII characters or %XX escapes; never more bytes than characters.
    private static Fetched PercentEncoded(ReadOnlySpan<char> data, long maxBytes)
    {
        var bytes = new List<byte>(data.Length);
        for (var i = 0; i < data.Length; i++)
        {
            if (data[i] == '%' && i + 2 < data.Length && byte.TryParse(data.Slice(i + 1, 2), System.Globalization.NumberStyles.HexNumber, null, out var escaped))
            {
                bytes.Add(escaped);
                i += 2;
            }
            else if (char.IsAscii(data[i]))
            {
                bytes.Add((byte)data[i]);
            }
            else
            {
                return Fetched.Refused(new UploadOutcome.DownloadFailed("data URL holds a character that is not an octet"));
            }

            if (bytes.Count > maxBytes)
            {
                return Fetched.Refused(new UploadOutcome.TooLarge(maxBytes));
            }
        }

        return Fetched.Bytes(bytes.ToArray());
    }
}
