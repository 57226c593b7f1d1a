using System.Globalization;

namespace MeetingBot.Reports.Rendering;

/// <summary>Word writes lengths and sizes as invariant integer strings.</summary>
public static class Twips
{
    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
