using System.Net;
using System.Text;
using MeetingBot.BotFramework.Connector;
using MeetingBot.DingTalk.Outbound;

namespace MeetingBot.DingTalk.Tests.Outbound;

/// <summary>
/// The platform's refusals as the delivery ledger reads them, per its throttling page (附录B：如何处理钉钉服务端API限流):
/// every limit — per app, global, monthly quota, the per-IP ban page without a code — is "later" (429), never "gone".
/// </summary>
public sealed class DingTalkRefusalsTests
{
    [Theory]
    [InlineData(403, """{"code":"Forbidden.AccessDenied.QpsLimitForAppkeyAndApi","message":"调用该接口触发限流"}""", "Forbidden.AccessDenied.QpsLimitForAppkeyAndApi")]
    [InlineData(403, """{"code":"Forbidden.AccessDenied.QpsLimitForApi","message":"x"}""", "Forbidden.AccessDenied.QpsLimitForApi")]
    [InlineData(403, """{"code":"Forbidden.AccessDenied.ApiCountLimitForOrg","message":"x"}""", "Forbidden.AccessDenied.ApiCountLimitForOrg")]
    [InlineData(403, """{"status":1111,"wait":5,"source":"x5","punish":"deny","uuid":"xxx"}""", DingTalkErrors.IpBanned)]
    public async Task EveryThrottle_IsLater(int status, string body, string code)
    {
        var error = await Assert.ThrowsAsync<ConnectorException>(() => Read(status, body));
        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(code, error.Code);
    }

    [Fact]
    public async Task AnotherRefusal_KeepsItsStatus()
    {
        var error = await Assert.ThrowsAsync<ConnectorException>(() => Read(400, """{"code":"invalidParameter","message":"robotCode"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
    }

    private static async Task<object> Read(int status, string body)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        return await DingTalkApi.ReadAsync<object>(response, CancellationToken.None);
    }
}
