using System.Net;
using System.Text;

namespace MeetingBot.Tests.Hosting;

/// <summary>Protocol §2: what <c>POST /api/messages</c> refuses before any turn runs (authentication off, Development).</summary>
public sealed class MessagesEndpointBadInputTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private const int OverTheLimit = 256 * 1024 + 1;

    [Fact]
    public async Task BodyOver256KB_Returns413()
    {
        using var client = factory.CreateClient();
        var activity = ActivityJson.Message(new string('x', OverTheLimit));

        using var response = await client.PostActivityAsync(activity);

        await response.AssertErrorAsync(HttpStatusCode.RequestEntityTooLarge, "RequestTooLarge");
    }

    [Fact]
    public async Task ChunkedBodyOver256KBWithoutContentLength_Returns413()
    {
        using var client = factory.CreateClient();
        var body = Encoding.UTF8.GetBytes(ActivityJson.Message(new string('x', OverTheLimit)).ToJsonString());

        using var response = await client.PostContentAsync(new ChunkedContent(body));

        await response.AssertErrorAsync(HttpStatusCode.RequestEntityTooLarge, "RequestTooLarge");
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"type\":\"message\",")]
    [InlineData("[]")]
    [InlineData("[{\"type\":\"message\"}]")]
    [InlineData("\"message\"")]
    [InlineData("42")]
    [InlineData("null")]
    public async Task BodyThatIsNotAnActivityObject_Returns400(string body)
    {
        using var client = factory.CreateClient();

        using var response = await client.PostBodyAsync(body);

        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "BadRequest");
    }

    [Theory]
    [InlineData("type", null)]
    [InlineData("type", "\"\"")]
    [InlineData("type", "42")]
    [InlineData("conversation", null)]
    [InlineData("conversation", "{}")]
    [InlineData("conversation", "{\"id\":\"\"}")]
    [InlineData("conversation", "\"conversation-1\"")]
    [InlineData("serviceUrl", null)]
    [InlineData("serviceUrl", "\"\"")]
    [InlineData("serviceUrl", "\"not a url\"")]
    [InlineData("serviceUrl", "\"/relative/path\"")]
    [InlineData("serviceUrl", "\"ftp://smba.trafficmanager.net/teams/\"")]
    [InlineData("serviceUrl", "\"javascript:alert(1)\"")]
    public async Task ActivityWithMissingOrInvalidField_Returns400(string field, string? rawJson)
    {
        using var client = factory.CreateClient();

        using var response = await client.PostActivityAsync(ActivityJson.Event().With(field, rawJson));

        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "BadRequest");
    }

    [Theory]
    [InlineData(128)]
    [InlineData(100_000)]
    public async Task ValueNestedBeyondMaxDepth_Returns400AndTheHostKeepsServing(int depth)
    {
        using var client = factory.CreateClient();

        using var response = await client.PostBodyAsync(ActivityJson.Event().WithValueNested(depth));

        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "BadRequest");
        using var next = await client.PostActivityAsync(ActivityJson.Event());
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(127)]
    public async Task ValueNestedWithinMaxDepth_Returns200(int depth)
    {
        using var client = factory.CreateClient();

        using var response = await client.PostBodyAsync(ActivityJson.Event().WithValueNested(depth));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_Returns405()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(MessagesEndpoint.Path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
