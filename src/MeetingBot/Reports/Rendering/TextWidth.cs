namespace MeetingBot.Reports.Rendering;

/// <summary>How wide a text prints, in Latin character widths: a Chinese character takes two.</summary>
public static class TextWidth
{
    public static int Of(string text)
    {
        // Runes, not chars: a character outside the BMP counts once; a lone surrogate comes out as U+FFFD.
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += IsWide(rune.Value) ? 2 : 1;
        }

        return width;
    }

    // CJK ideographs and punctuation, kana, Hangul, full-width forms: the East Asian "wide" ranges that occur in reports;
    // also the dashes, quotes and ellipsis Chinese text uses, which a Chinese face prints full width.
    private static bool IsWide(int codePoint) =>
        codePoint is 0x2014 or 0x2015 or >= 0x2018 and <= 0x201D or 0x2026
            or >= 0x1100 and <= 0x115F
            or >= 0x2E80 and <= 0xA4CF
            or >= 0xAC00 and <= 0xD7A3
            or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F
            or >= 0xFF00 and <= 0xFF60
            or >= 0xFFE0 and <= 0xFFE6
            or >= 0x20000 and <= 0x3FFFD;
}
