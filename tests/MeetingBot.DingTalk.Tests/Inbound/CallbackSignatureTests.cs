using MeetingBot.DingTalk.Inbound;

namespace MeetingBot.DingTalk.Tests.Inbound;

/// <summary>
/// The callback signature: Base64(HMAC-SHA256(app secret, timestamp + "\n" + app secret)). The platform's pages give
/// the recipe and code but no worked value, so the expected values were computed apart from this code (Python's hmac
/// module), for the documentation's example secret and timestamp and for a secret with Chinese characters.
/// </summary>
public sealed class CallbackSignatureTests
{
    private static readonly DateTimeOffset At = DateTimeOffset.FromUnixTimeMilliseconds(1577262236757);

    [Theory]
    [InlineData("1577262236757", "this is secret", "hmPWwU+7lVdm3ZZz0r9tSfx0L4Q26jWOZr9+Gs6EZQM=")]
    [InlineData("1700000000000", "SEC-测试密钥", "fhpeb5Vq20UEeW0M3JrETtLbVUu9lzjXadcX8tOSX6M=")]
    public void Compute_MatchesAnIndependentComputation(string timestamp, string secret, string expected) =>
        Assert.Equal(expected, CallbackSignature.Compute(timestamp, secret));

    [Fact]
    public void Check_TheRightSignatureWithinTheHour_IsValid() =>
        Assert.Equal(CallbackCheck.Valid, CallbackSignature.Check("1577262236757", "hmPWwU+7lVdm3ZZz0r9tSfx0L4Q26jWOZr9+Gs6EZQM=", "this is secret", At.AddMinutes(59), TimeSpan.FromHours(1)));

    [Fact]
    public void Check_ASignatureMadeWithAnotherSecret_IsWrong() =>
        Assert.Equal(CallbackCheck.WrongSignature, CallbackSignature.Check("1577262236757", CallbackSignature.Compute("1577262236757", "another"), "this is secret", At, TimeSpan.FromHours(1)));

    [Fact]
    public void Check_ARightSignatureReplayedAfterAnHour_IsStale() =>
        Assert.Equal(CallbackCheck.Stale, CallbackSignature.Check("1577262236757", "hmPWwU+7lVdm3ZZz0r9tSfx0L4Q26jWOZr9+Gs6EZQM=", "this is secret", At.AddMinutes(61), TimeSpan.FromHours(1)));

    [Theory]
    [InlineData(null, "x")]
    [InlineData("1577262236757", null)]
    [InlineData("yesterday", "x")]
    [InlineData("99999999999999999999999", "x")]
    public void Check_MissingOrNonNumericHeaders_AreUnsigned(string? timestamp, string? sign) =>
        Assert.Equal(CallbackCheck.Unsigned, CallbackSignature.Check(timestamp, sign, "this is secret", At, TimeSpan.FromHours(1)));
}
