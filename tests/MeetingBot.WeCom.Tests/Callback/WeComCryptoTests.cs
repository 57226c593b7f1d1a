using MeetingBot.WeCom.Callback;

namespace MeetingBot.WeCom.Tests.Callback;

/// <summary>
/// Against the worked example of WeCom's developer documentation (加解密方案说明 and its sample programs): the corp
/// wx5823bf96d3bd56c7 with Token QDG6eK and the published EncodingAESKey, its URL verification and its text message.
/// Source: https://developer.work.weixin.qq.com/document/path/90968 (加解密方案说明, "举例说明": the POST with
/// msg_signature=477715d1…, timestamp=1409659813, nonce=1372623149 and its Encrypt), and the sample programs of the
/// 加解密库 linked from it (Sample.cs/Sample.java: the URL verification with msg_signature=5c45ff5e…, echostr P9nAzC…
/// decrypting to 1616140317555161061). Values copied from there, not computed by this code.
/// </summary>
public sealed class WeComCryptoTests
{
    internal const string Token = "QDG6eK";
    internal const string CorpId = "wx5823bf96d3bd56c7";
    internal const string EncodingAesKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";

    private const string VerifySignature = "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3";
    private const string VerifyTimestamp = "1409659589";
    private const string VerifyNonce = "263014780";
    private const string VerifyEcho = "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==";

    private const string MessageSignature = "477715d11cdb4164915debcba66cb864d751f3e6";
    private const string MessageTimestamp = "1409659813";
    private const string MessageNonce = "1372623149";
    internal const string MessageCipher =
        "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==";

    private static readonly WeComCrypto Crypto = new(Token, EncodingAesKey, CorpId);

    [Fact]
    public void PublishedUrlVerification_SignatureMatchesAndEchoDecrypts()
    {
        Assert.Equal(VerifySignature, Crypto.Sign(VerifyTimestamp, VerifyNonce, VerifyEcho));
        Assert.True(Crypto.Verify(VerifySignature, VerifyTimestamp, VerifyNonce, VerifyEcho));
        Assert.Equal("1616140317555161061", Crypto.Decrypt(VerifyEcho));
    }

    [Fact]
    public void PublishedTextMessage_SignatureMatchesAndDecryptsToTheMessage()
    {
        Assert.Equal(MessageSignature, Crypto.Sign(MessageTimestamp, MessageNonce, MessageCipher));
        var message = WeComMessage.Parse(Crypto.Decrypt(MessageCipher)!);
        Assert.NotNull(message);
        Assert.Equal("mycreate", message.FromUserName);
        Assert.Equal("text", message.MsgType);
        Assert.Equal("hello", message.Content);
        Assert.Equal(1409659813, message.CreateTime);
    }

    [Fact]
    public void SignatureOfOtherValues_IsRefused()
    {
        Assert.False(Crypto.Verify(MessageSignature, MessageTimestamp, "1372623150", MessageCipher));
        Assert.False(Crypto.Verify(null, MessageTimestamp, MessageNonce, MessageCipher));
    }

    [Fact]
    public void MessageForAnotherCorp_DoesNotDecrypt()
    {
        Assert.Null(new WeComCrypto(Token, EncodingAesKey, "ww0000000000000000").Decrypt(MessageCipher));
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA==")]
    [InlineData("")]
    public void CorruptCiphertext_DoesNotDecrypt(string cipher)
    {
        Assert.Null(Crypto.Decrypt(cipher));
    }

    [Fact]
    public void Encrypted_RoundTripsWithPaddingToWholeBlocks()
    {
        const string message = "<xml><Content><![CDATA[提交 学习]]></Content></xml>";
        var cipher = Crypto.Encrypt(message);
        Assert.Equal(0, Convert.FromBase64String(cipher).Length % 32);
        Assert.Equal(message, Crypto.Decrypt(cipher));
    }
}
