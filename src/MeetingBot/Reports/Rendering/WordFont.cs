namespace MeetingBot.Reports.Rendering;

/// <summary>
/// A font as Word needs it for mixed text: the face for Chinese characters (eastAsia), the face Word and LibreOffice
/// substitute when that one is not installed (written to the font table as its altName), and the face for Latin
/// letters and digits.
/// </summary>
public sealed record WordFont(string EastAsia, string EastAsiaFallback, string Latin);
