using System.Net;

namespace MeetingBot.Delivery;

/// <summary>Sits in the connector's HTTP pipeline and tells <see cref="ChannelThrottle"/> about every 429 and every success.</summary>
public sealed class ThrottleObserverHandler(ChannelThrottle throttle) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        // A success matters only to a host that was throttled; with none, the host's name is not even worked out.
        if (response.IsSuccessStatusCode && !throttle.AnyThrottled)
        {
            return response;
        }

        var host = request.RequestUri?.Authority;
        if (host is not null)
        {
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                throttle.ObserveThrottled(host, response.Headers.RetryAfter?.Delta);
            }
            else if (response.IsSuccessStatusCode)
            {
                throttle.ObserveAccepted(host);
            }
        }

        return response;
    }
}
