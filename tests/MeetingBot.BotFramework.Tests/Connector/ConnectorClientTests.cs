using System.Text.Json;
using MeetingBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.BotFramework.Tests.Connector;

public sealed class ConnectorClientTests
{
    [Fact]
    public async Task ServiceUrlWithAPathAndNoTrailingSlash_KeepsItsPath_AndIdsAreEscaped()
    {
        await using var bed = await ConnectorTestBed.StartAsync((context, _) => context.Response.WriteAsync("{\"id\":\"1\"}"));

        await bed.Client("/emea").SendToConversationAsync(ConnectorTestBed.Message("19:abc@thread.tacv2;messageid=17"), CancellationToken.None);

        Assert.Equal("/emea/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D17/activities", bed.Channel.Requests.Single().PathAndQuery);
    }

    [Fact]
    public async Task Reply_PostsToTheActivity_WithTheActivityAsCamelCaseJson()
    {
        await using var bed = await ConnectorTestBed.StartAsync((context, _) => context.Response.WriteAsync("{\"id\":\"r1\"}"));
        var reply = ConnectorTestBed.Message();
        reply.ReplyToId = "in-1";

        var response = await bed.Client().ReplyToActivityAsync(reply, CancellationToken.None);

        var request = bed.Channel.Requests.Single();
        Assert.Equal("r1", response.Id);
        Assert.Equal("/v3/conversations/a%3Aconversation/activities/in-1", request.PathAndQuery);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("提醒", body.RootElement.GetProperty("text").GetString());
        Assert.Equal("in-1", body.RootElement.GetProperty("replyToId").GetString());
    }

    [Fact]
    public async Task EmptySuccessBody_CountsAsSent_WithUnknownId()
    {
        await using var bed = await ConnectorTestBed.StartAsync((context, _) => Task.CompletedTask);

        var response = await bed.Client().SendToConversationAsync(ConnectorTestBed.Message(), CancellationToken.None);

        Assert.Null(response.Id);
    }

    [Fact]
    public async Task CreateConversation_PostsTheParameters_AndReadsTheNewId()
    {
        await using var bed = await ConnectorTestBed.StartAsync(async (context, _) =>
        {
            context.Response.StatusCode = 201;
            await context.Response.WriteAsync("{\"id\":\"a:new-1to1\"}");
        });

        var created = await bed.Client().CreateConversationAsync(
            new ConversationParameters { IsGroup = false, Members = [new ChannelAccount("29:member")], TenantId = "t-1" }, CancellationToken.None);

        Assert.Equal("a:new-1to1", created.Id);
        using var body = JsonDocument.Parse(bed.Channel.Requests.Single().Body);
        Assert.Equal("t-1", body.RootElement.GetProperty("tenantId").GetString());
        Assert.Equal("29:member", body.RootElement.GetProperty("members")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Members_AreReadPageByPage()
    {
        await using var bed = await ConnectorTestBed.StartAsync((context, call) => context.Response.WriteAsync(call == 1
            ? "{\"members\":[{\"id\":\"29:a\",\"name\":\"甲\"}],\"continuationToken\":\"next page\"}"
            : "{\"members\":[{\"id\":\"29:b\",\"name\":\"乙\"}]}"));

        var members = await bed.Client().GetConversationMembersAsync("19:team", CancellationToken.None).ToListAsync();

        Assert.Equal(["29:a", "29:b"], members.Select(m => m.Id));
        Assert.EndsWith("pagedmembers?pageSize=100&continuationToken=next%20page", bed.Channel.Requests.Last().PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateAndDelete_UseTheActivityRoute()
    {
        await using var bed = await ConnectorTestBed.StartAsync((context, _) => Task.CompletedTask);
        var update = ConnectorTestBed.Message();
        update.Id = "act-9";

        await bed.Client().UpdateActivityAsync(update, CancellationToken.None);
        await bed.Client().DeleteActivityAsync("a:conversation", "act-9", CancellationToken.None);

        var requests = bed.Channel.Requests.ToArray();
        Assert.Equal(("PUT", "/v3/conversations/a%3Aconversation/activities/act-9"), (requests[0].Method, requests[0].PathAndQuery));
        Assert.Equal(("DELETE", "/v3/conversations/a%3Aconversation/activities/act-9"), (requests[1].Method, requests[1].PathAndQuery));
    }
}
