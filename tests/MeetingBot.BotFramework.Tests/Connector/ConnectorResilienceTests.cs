using System.Net;
using MeetingBot.BotFramework.Connector;
using Microsoft.AspNetCore.Http;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace MeetingBot.BotFramework.Tests.Connector;

public sealed class ConnectorResilienceTests
{
    [Fact]
    public async Task Throttled_WithRetryAfter_WaitsThatLongThenSucceeds()
    {
        await using var bed = await ConnectorTestBed.StartAsync(async (context, call) =>
        {
            if (call == 1)
            {
                context.Response.StatusCode = 429;
                context.Response.Headers.RetryAfter = "2";
                await context.Response.WriteAsync("{\"error\":{\"code\":\"Throttled\",\"message\":\"slow down\"}}");
                return;
            }

            await context.Response.WriteAsync("{\"id\":\"sent-1\"}");
        });

        var response = await bed.Client().SendToConversationAsync(ConnectorTestBed.Message(), CancellationToken.None);

        Assert.Equal("sent-1", response.Id);
        var requests = bed.Channel.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        // The base delay is 10 ms, so a gap this long can only come from honouring Retry-After.
        Assert.True(requests[1].ArrivedAt - requests[0].ArrivedAt >= TimeSpan.FromSeconds(1.9), $"Retried after {requests[1].ArrivedAt - requests[0].ArrivedAt}");
    }

    [Fact]
    public async Task Unavailable_IsRetriedWithBackoff_UntilTheChannelAnswers()
    {
        await using var bed = await ConnectorTestBed.StartAsync((context, call) =>
        {
            context.Response.StatusCode = call < 3 ? 503 : 200;
            return Task.CompletedTask;
        });

        var response = await bed.Client().SendToConversationAsync(ConnectorTestBed.Message(), CancellationToken.None);

        Assert.Null(response.Id);
        Assert.Equal(3, bed.Channel.Requests.Count);
    }

    [Fact]
    public async Task Unavailable_BeyondTheRetryBudget_FailsWithTheChannelsStatus()
    {
        await using var bed = await ConnectorTestBed.StartAsync((context, _) =>
        {
            context.Response.StatusCode = 500;
            return Task.CompletedTask;
        });

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => bed.Client().SendToConversationAsync(ConnectorTestBed.Message(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.InternalServerError, failure.StatusCode);
        Assert.Equal(4, bed.Channel.Requests.Count);
    }

    [Fact]
    public async Task HangingChannel_IsCutOffPerAttempt_AndTheRetryGoesThrough()
    {
        await using var bed = await ConnectorTestBed.StartAsync(async (context, call) =>
        {
            if (call == 1)
            {
                await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
            }

            await context.Response.WriteAsync("{\"id\":\"after-hang\"}");
        });

        var response = await bed.Client().SendToConversationAsync(ConnectorTestBed.Message(), CancellationToken.None);

        Assert.Equal("after-hang", response.Id);
        Assert.Equal(2, bed.Channel.Requests.Count);
    }

    [Fact]
    public async Task ChannelThatNeverAnswers_FailsWithATimeout_NotAHang()
    {
        await using var bed = await ConnectorTestBed.StartAsync(
            async (context, _) => await Task.Delay(TimeSpan.FromSeconds(60), context.RequestAborted),
            new() { ["Connector:MaxRetryAttempts"] = "1" });

        await Assert.ThrowsAsync<TimeoutRejectedException>(() => bed.Client().SendToConversationAsync(ConnectorTestBed.Message(), CancellationToken.None));
        Assert.Equal(2, bed.Channel.Requests.Count);
    }

    [Theory]
    [InlineData(403, "{\"error\":{\"code\":\"ConversationBlockedByUser\",\"message\":\"blocked\"}}", "ConversationBlockedByUser")]
    [InlineData(403, "{\"errorCode\":209,\"subCode\":\"MessageWritesBlocked\"}", "MessageWritesBlocked")]
    [InlineData(404, "{\"error\":{\"code\":\"ConversationNotFound\",\"message\":\"gone\"}}", "ConversationNotFound")]
    public async Task RecipientGone_IsAFinalFailure_NeverRetried(int status, string body, string code)
    {
        await using var bed = await ConnectorTestBed.StartAsync(async (context, _) =>
        {
            context.Response.StatusCode = status;
            await context.Response.WriteAsync(body);
        });

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => bed.Client().SendToConversationAsync(ConnectorTestBed.Message(), CancellationToken.None));

        Assert.True(failure.IsRecipientGone);
        Assert.Equal(code, failure.Code);
        Assert.Single(bed.Channel.Requests);
    }

    [Fact]
    public async Task CircuitBreaker_OpensPerHost_AndLeavesOtherHostsAlone()
    {
        var breakerSettings = new Dictionary<string, string?>
        {
            ["Connector:MaxRetryAttempts"] = "0",
            ["Connector:BreakerMinimumThroughput"] = "2",
            ["Connector:BreakerFailureRatio"] = "0.5",
            ["Connector:BreakerBreakDuration"] = "00:01:00",
        };
        await using var failing = await ConnectorTestBed.StartAsync((context, _) =>
        {
            context.Response.StatusCode = 503;
            return Task.CompletedTask;
        }, breakerSettings);
        await using var healthy = await LoopbackServer.StartAsync(context => context.Response.WriteAsync("{\"id\":\"ok\"}"));
        var factory = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ConnectorClientFactory>(failing.Services);

        for (var i = 0; i < 2; i++)
        {
            await Assert.ThrowsAsync<ConnectorException>(() => failing.Client().SendToConversationAsync(ConnectorTestBed.Message(), CancellationToken.None));
        }

        await Assert.ThrowsAsync<BrokenCircuitException>(() => failing.Client().SendToConversationAsync(ConnectorTestBed.Message(), CancellationToken.None));
        var other = await factory.Create(healthy.BaseUrl).SendToConversationAsync(ConnectorTestBed.Message(), CancellationToken.None);
        Assert.Equal("ok", other.Id);
    }
}
