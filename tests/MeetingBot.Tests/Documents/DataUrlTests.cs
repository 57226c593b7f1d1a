using System.Text;
using MeetingBot.Documents;

namespace MeetingBot.Tests.Documents;

public sealed class DataUrlTests
{
    [Fact]
    public void Decode_Base64_GivesTheBytes()
    {
        var fetched = DataUrl.Decode("data:application/pdf;base64," + Convert.ToBase64String(TestFiles.Pdf), 10_000);

        Assert.Null(fetched.Refusal);
        Assert.Equal(TestFiles.Pdf, fetched.Content.ToArray());
    }

    [Fact]
    public void Decode_PercentEncoded_GivesTheOctets()
    {
        var fetched = DataUrl.Decode("data:,%25PDF-1.4%0A%FF", 100);

        Assert.Equal([.. Encoding.ASCII.GetBytes("%PDF-1.4\n"), 0xFF], fetched.Content.ToArray());
    }

    [Theory]
    [InlineData("data:application/pdf;base64,JVBERi0xLjQK", 8)]
    [InlineData("data:,abcdefghi", 8)]
    public void Decode_PastTheLimit_IsTooLarge(string url, long limit)
    {
        Assert.Equal(new UploadOutcome.TooLarge(limit), DataUrl.Decode(url, limit).Refusal);
    }

    [Fact]
    public void Decode_ExactlyAtTheLimit_IsAccepted()
    {
        // "%PDF-1.4\n" is nine bytes.
        Assert.Equal(9, DataUrl.Decode("data:application/pdf;base64,JVBERi0xLjQK", 9).Content.Length);
    }

    [Theory]
    [InlineData("data:application/pdf;base64")]
    [InlineData("data:application/pdf;base64,***")]
    [InlineData("data:,材料")]
    public void Decode_Malformed_IsDownloadFailed(string url)
    {
        Assert.IsType<UploadOutcome.DownloadFailed>(DataUrl.Decode(url, 1000).Refusal);
    }
}
