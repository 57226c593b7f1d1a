using MeetingBot.DingTalk.Inbound;

namespace MeetingBot.DingTalk.Tests.Inbound;

/// <summary>
/// The callback signature: Base64(HMAC-SHA256(app secret, timestamp + "\n" + app secret)), headers <c>timestamp</c>
/// (milliseconds, refused when more than an hour off) and <c>sign</c>. The recipe is the platform's robot callback page
/// (https://ding-doc.dingtalk.com/doc#/serverapi2/elzz1p, 企业内部机器人 "消息的合法性校验"; the custom robot's 加签 uses
/// the same string-to-sign with secret "this is secret"). Neither page publishes a worked sign value (a timestamp and
/// secret with the sign they give), and none was found in the stored copies searched: so the expected values were
/// computed apart from this code (Python 3: base64(hmac.new(secret, f"{ts}\n{secret}", sha256))), for the
/// documentation's example secret and for a secret with Chinese characters. The adapter uses no event-subscription
/// encryption (the robot's callback is signed, not encrypted; Stream mode needs neither), so there is no sample to check for it.
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
