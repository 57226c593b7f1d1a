using System.Text.RegularExpressions;
using MeetingBot.Storage.AzureBlob;

namespace MeetingBot.Storage.Tests.AzureBlob;

public sealed partial class BlobNamesTests
{
    [Theory]
    [InlineData("29:1abc/with:colons")]
    [InlineData("19:abc@thread.tacv2;messageid=171")]
    [InlineData("a:b/c?d#e%20f\\g ~x")]
    [InlineData("用户/张三")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("trailing.")]
    [InlineData("Case/case")]
    public void For_AnyKey_GivesOnlySafeCharactersAndReverses(string key)
    {
        var name = BlobNames.For(key);

        Assert.Matches(SafeName(), name);
        Assert.Equal(key, Uri.UnescapeDataString(name));
    }

    [Fact]
    public void For_KeysDifferingOnlyInCase_GiveDifferentNames()
    {
        Assert.NotEqual(BlobNames.For("Case"), BlobNames.For("case"));
    }

    [Theory]
    [InlineData(1024)]
    [InlineData(1025)]
    [InlineData(5000)]
    public void For_KeyBeyondTheLimit_FitsAndKeepsKeysApart(int length)
    {
        var first = BlobNames.For(new string('x', length) + "1");
        var second = BlobNames.For(new string('x', length) + "2");

        Assert.InRange(first.Length, 1, BlobNames.MaxLength);
        Assert.NotEqual(first, second);
        Assert.Contains("~", first, StringComparison.Ordinal);
    }

    [Fact]
    public void For_KeyWhoseEncodingJustFits_StaysReversible()
    {
        var key = new string('x', BlobNames.MaxLength);

        Assert.Equal(key, BlobNames.For(key));
    }

    [Fact]
    public void For_LongKeyOfEscapes_NeverCutsAnEscapeInHalf()
    {
        // '会' encodes as '%E4%BC%9A'; shifting the escapes by 0, 1 and 2 plain characters puts the cut on every
        // position inside an escape.
        foreach (var lead in Enumerable.Range(0, 3))
        {
            var name = BlobNames.For(new string('a', lead) + new string('会', 200));
            var prefix = name[..name.IndexOf('~', StringComparison.Ordinal)];

            Assert.Matches(WholeEscapes(), prefix);
        }
    }

    [Fact]
    public void For_EmptyKey_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => BlobNames.For(""));
    }

    [GeneratedRegex("^[A-Za-z0-9_%-]+$")]
    private static partial Regex SafeName();

    [GeneratedRegex("^([A-Za-z0-9_-]|%[0-9A-F]{2})+$")]
    private static partial Regex WholeEscapes();
}
