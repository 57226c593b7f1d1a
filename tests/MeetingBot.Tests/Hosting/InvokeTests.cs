using System.Net;
using System.Text.Json.Nodes;

namespace MeetingBot.Tests.Hosting;

/// <summary>Protocol §1.9: invokes are answered in the HTTP response, with the SDK's validation of <c>adaptiveCard/action</c>.</summary>
public sealed class InvokeTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private const string ErrorType = "application/vnd.microsoft.error";

    [Fact]
    public async Task AdaptiveCardActionWithoutValue_Returns400BadRequestError()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostActivityAsync(ActivityJson.Invoke("adaptiveCard/action", value: null));

        var body = await ReadInvokeBodyAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(ErrorType, body?["type"]?.GetValue<string>());
        Assert.Equal("BadRequest", body?["value"]?["code"]?.GetValue<string>());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("\"not an object\"")]
    [InlineData("{\"action\":\"Action.Execute\"}")]
    public async Task AdaptiveCardActionWithoutActionObject_Returns400BadRequestError(string value)
    {
        using var client = factory.CreateClient();

        using var response = await client.PostActivityAsync(ActivityJson.Invoke("adaptiveCard/action", JsonNode.Parse(value)));

        var body = await ReadInvokeBodyAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("BadRequest", body?["value"]?["code"]?.GetValue<string>());
    }

    [Fact]
    public async Task AdaptiveCardActionOfAnotherActionType_Returns400NotSupportedError()
    {
        using var client = factory.CreateClient();
        var value = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Submit", ["verb"] = "x" } };

        using var response = await client.PostActivityAsync(ActivityJson.Invoke("adaptiveCard/action", value));

        var body = await ReadInvokeBodyAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(ErrorType, body?["type"]?.GetValue<string>());
        Assert.Equal("NotSupported", body?["value"]?["code"]?.GetValue<string>());
    }

    [Fact]
    public async Task InvokeWithUnknownName_Returns501()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostActivityAsync(ActivityJson.Invoke("composeExtension/unknownThing", new JsonObject()));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    private static async Task<JsonNode?> ReadInvokeBodyAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)status, body?["statusCode"]?.GetValue<int>());
        return body;
    }
}
