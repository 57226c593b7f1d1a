using System.Text.RegularExpressions;

namespace MeetingBot.Storage.Tests;

public sealed partial class KeyNamesTests
{
    [Theory]
    [InlineData("Case/case")]
    [InlineData("29:1ABC/With:Colons")]
    [InlineData("用户/张三 ABC~.")]
    public void Encode_EscapingCapitals_HasNoPlainCapitalAndReverses(string key)
    {
        var name = KeyNames.Encode(key, 255, escapeUpperCase: true);

        Assert.Matches(NoPlainCapital(), name);
        Assert.Equal(key, Uri.UnescapeDataString(name));
    }

    [Theory]
    [InlineData("Case", "case")]
    [InlineData("AbC", "aBc")]
    [InlineData("%41", "A")]
    public void Encode_EscapingCapitals_KeepsKeysApartIgnoringCase(string first, string second)
    {
        var a = KeyNames.Encode(first, 255, escapeUpperCase: true);
        var b = KeyNames.Encode(second, 255, escapeUpperCase: true);

        Assert.False(string.Equals(a, b, StringComparison.OrdinalIgnoreCase), $"{a} and {b} collide ignoring case");
    }

    [Fact]
    public void Encode_WithoutEscapingCapitals_KeepsThemPlain()
    {
        Assert.Equal("Case%2Fcase", KeyNames.Encode("Case/case", 255));
    }

    [Fact]
    public void Encode_LongKeyEscapingCapitals_FitsAFileNameAndKeepsKeysApart()
    {
        var first = KeyNames.Encode(new string('会', 100) + "A", 255, escapeUpperCase: true);
        var second = KeyNames.Encode(new string('会', 100) + "a", 255, escapeUpperCase: true);

        Assert.InRange(first.Length, 1, 255);
        Assert.InRange(second.Length, 1, 255);
        Assert.False(string.Equals(first, second, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Encode_LimitTooSmallForTheHash_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KeyNames.Encode("k", KeyNames.HashSuffixLength));
    }

    // Plain characters are lowercase letters, digits, '-' and '_'; capitals only as hex digits right after '%'.
    [GeneratedRegex("^([a-z0-9_-]|%[0-9A-F]{2})+(~[0-9a-f]{64})?$")]
    private static partial Regex NoPlainCapital();
}
