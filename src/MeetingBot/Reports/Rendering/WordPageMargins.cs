namespace MeetingBot.Reports.Rendering;

/// <summary>Page margins in twips (1/1440 inch).</summary>
public sealed record WordPageMargins(int Top, int Bottom, int Left, int Right)
{
    public static int FromMillimetres(double millimetres) => (int)Math.Round(millimetres * 1440 / 25.4, MidpointRounding.AwayFromZero);
}
