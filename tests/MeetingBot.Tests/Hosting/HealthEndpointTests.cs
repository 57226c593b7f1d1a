using System.Net;

namespace MeetingBot.Tests.Hosting;

public sealed class HealthEndpointTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    [Fact]
    public async Task Liveness_Returns200Healthy()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readiness_WithStorageAnswering_Returns200Healthy()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
