using DocumentFormat.OpenXml.Wordprocessing;

namespace MeetingBot.Reports.Rendering;

/// <summary>
/// The font table: every face the styles name, each Chinese one with its altName (the face Word and LibreOffice take
/// when 方正小标宋简体 or 仿宋_GB2312 is not installed) and the GB2312 character set, so a machine without the official
/// fonts still prints Chinese in a Song/FangSong/Hei/Kai face instead of a Latin fallback.
/// </summary>
public static class WordFontTable
{
    private const string GB2312 = "86";

    public static Fonts Build(WordTypography type)
    {
        var faces = new[] { type.TitleFont, type.Heading1Font, type.Heading2Font, type.BodyFont, type.PageNumberFont };
        var fonts = new Fonts();
        foreach (var eastAsia in faces.DistinctBy(face => face.EastAsia))
        {
            var font = new Font { Name = eastAsia.EastAsia };
            if (eastAsia.EastAsiaFallback != eastAsia.EastAsia)
            {
                font.Append(new AltName { Val = eastAsia.EastAsiaFallback });
            }

            font.Append(
                new FontCharSet { Val = GB2312 },
                new FontFamily { Val = FontFamilyValues.Modern },
                new Pitch { Val = FontPitchValues.Fixed });
            fonts.Append(font);
        }

        foreach (var latin in faces.Select(face => face.Latin).Distinct())
        {
            fonts.Append(new Font(
                new FontCharSet { Val = "00" },
                new FontFamily { Val = latin.StartsWith("Times", StringComparison.Ordinal) ? FontFamilyValues.Roman : FontFamilyValues.Swiss },
                new Pitch { Val = FontPitchValues.Variable })
            { Name = latin });
        }

        return fonts;
    }
}
