using System.Globalization;

namespace MeetingBot.Coordination.Templates;

/// <summary>
/// A fraction of the members, e.g. 2/3 or 0.9. Kept as a ratio of integers so that "two thirds of six" is
/// exactly four, never 3.9999.
/// </summary>
public sealed record Quorum(int Numerator, int Denominator)
{
    /// <summary>Reads <c>2/3</c>, <c>0.9</c> or <c>90%</c>; the fraction must be above 0 and at most 1.</summary>
    public static bool TryParse(string text, out Quorum quorum)
    {
        quorum = new Quorum(1, 1);
        text = text.Trim();
        int numerator, denominator;
        if (text.Split('/') is [var top, var bottom])
        {
            if (!int.TryParse(top, NumberStyles.None, CultureInfo.InvariantCulture, out numerator)
                || !int.TryParse(bottom, NumberStyles.None, CultureInfo.InvariantCulture, out denominator))
            {
                return false;
            }
        }
        else
        {
            var percent = text.EndsWith('%');
            if (!decimal.TryParse(percent ? text[..^1] : text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                return false;
            }

            value = percent ? value / 100m : value;
            denominator = 1;
            while (value != decimal.Truncate(value) && denominator < 1_000_000)
            {
                value *= 10;
                denominator *= 10;
            }

            numerator = (int)value;
        }

        if (denominator <= 0 || numerator <= 0 || numerator > denominator)
        {
            return false;
        }

        // Reduced, so 75% and 3/4 are the same quorum.
        var divisor = (int)System.Numerics.BigInteger.GreatestCommonDivisor(numerator, denominator);
        quorum = new Quorum(numerator / divisor, denominator / divisor);
        return true;
    }

    /// <summary>The smallest number of attendees out of <paramref name="members"/> that reaches the quorum.</summary>
    public int RequiredOf(int members) => (int)(((long)members * Numerator + Denominator - 1) / Denominator);

    public bool IsMetBy(int attending, int members) => (long)attending * Denominator >= (long)members * Numerator;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Numerator}/{Denominator}");
}
