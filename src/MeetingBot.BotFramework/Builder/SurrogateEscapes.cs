namespace MeetingBot.BotFramework.Builder;

/// <summary>
/// Finds <c>\uD800</c>-style escapes in a JSON body that leave a UTF-16 surrogate unpaired. System.Text.Json turns
/// them into strings that are not valid Unicode, which then fail far from the wire (as storage keys, in replies);
/// raw invalid UTF-8 it refuses itself. One pass over the bytes, no allocation.
/// </summary>
public static class SurrogateEscapes
{
    public static bool AnyUnpaired(ReadOnlySpan<byte> json)
    {
        for (var i = 0; i < json.Length - 1; i++)
        {
            if (json[i] != (byte)'\\')
            {
                continue;
            }

            if (json[i + 1] != (byte)'u')
            {
                i++; // an escaped character (\\, \", \n…): skip it, so "\\u" is not read as an escape
                continue;
            }

            var unit = Hex(json, i + 2);
            if (unit is >= 0xDC00 and <= 0xDFFF)
            {
                return true; // a low surrogate with no high one before it
            }

            if (unit is >= 0xD800 and <= 0xDBFF)
            {
                var next = json.Length > i + 7 && json[i + 6] == (byte)'\\' && json[i + 7] == (byte)'u' ? Hex(json, i + 8) : -1;
                if (next is < 0xDC00 or > 0xDFFF)
                {
                    return true;
                }

                i += 6;
            }

            i += 5;
        }

        return false;
    }

    private static int Hex(ReadOnlySpan<byte> json, int start)
    {
        if (json.Length < start + 4)
        {
            return -1;
        }

        var value = 0;
        foreach (var b in json.Slice(start, 4))
        {
            var digit = b switch
            {
                >= (byte)'0' and <= (byte)'9' => b - '0',
                >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
                _ => -1,
            };
            if (digit < 0)
            {
                return -1;
            }

            value = value * 16 + digit;
        }

        return value;
    }
}
