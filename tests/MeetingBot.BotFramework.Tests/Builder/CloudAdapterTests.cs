using System.Text.Json;
using MeetingBot.BotFramework.Proactive;
using MeetingBot.BotFramework.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.BotFramework.Tests.Builder;

public sealed class CloudAdapterTests
{
    [Fact]
    public async Task Reply_IsAddressedBackToTheConversation_FromTheBot_WithoutIdOrTimestamp()
    {
        await using var bed = await AdapterTestBed.StartAsync();
        var inbound = bed.Message("你好", id: "in-1");
        inbound.Timestamp = DateTimeOffset.UtcNow;

        var (status, _) = await bed.PostAsync(inbound, new LambdaBot((turn, ct) => turn.SendActivityAsync("收到", ct)));

        Assert.Equal(200, status);
        var sent = bed.Channel.Requests.Single();
        Assert.Equal("/v3/conversations/a%3Apersonal/activities/in-1", sent.PathAndQuery);
        using var body = JsonDocument.Parse(sent.Body);
        var reply = body.RootElement;
        Assert.Equal("收到", reply.GetProperty("text").GetString());
        Assert.Equal("28:bot", reply.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("29:member", reply.GetProperty("recipient").GetProperty("id").GetString());
        Assert.False(reply.TryGetProperty("id", out _));
        Assert.False(reply.TryGetProperty("timestamp", out _));
        Assert.Equal("zh-CN", reply.GetProperty("locale").GetString());
    }

    [Fact]
    public async Task FailingTurn_IsLoggedWithACorrelationId_AndTheUserIsTold_NotShownTheException()
    {
        await using var bed = await AdapterTestBed.StartAsync();

        var (status, body) = await bed.PostAsync(bed.Message("boom"), new LambdaBot((_, _) => throw new InvalidOperationException("secret detail")));

        Assert.Equal(200, status);
        Assert.Equal(string.Empty, body);
        var (exception, correlationId) = Assert.Single(bed.Errors.Failures);
        Assert.IsType<InvalidOperationException>(exception);
        var apology = bed.Channel.Requests.Single().Body;
        Assert.Contains(correlationId, apology, StringComparison.Ordinal);
        Assert.DoesNotContain("secret detail", apology, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailingInvoke_Answers500()
    {
        await using var bed = await AdapterTestBed.StartAsync();
        var invoke = bed.Message("x");
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "adaptiveCard/action";

        var (status, _) = await bed.PostAsync(invoke, new LambdaBot((_, _) => throw new InvalidOperationException()));

        Assert.Equal(500, status);
    }

    [Fact]
    public async Task EveryInboundActivity_StoresTheConversationAndThePersonalReference()
    {
        await using var bed = await AdapterTestBed.StartAsync();

        await bed.PostAsync(bed.Message("hi"), new LambdaBot((_, _) => Task.CompletedTask));

        var store = bed.Services.GetRequiredService<ConversationReferenceStore>();
        var conversation = await store.GetConversationAsync("msteams", "a:personal", CancellationToken.None);
        var personal = await store.GetPersonalAsync("msteams", "29:member", CancellationToken.None);
        Assert.Equal(bed.Channel.BaseUrl, conversation!.Reference.ServiceUrl);
        Assert.Equal("a:personal", personal!.Reference.Conversation!.Id);
        Assert.False(personal.ServiceUrlVerified);
    }

    [Fact]
    public async Task GroupConversation_IsNotMistakenForSomeonesPersonalChat()
    {
        await using var bed = await AdapterTestBed.StartAsync();
        var inTeam = bed.Message("hi", conversationId: "19:team@thread.tacv2");
        inTeam.Conversation!.ConversationType = "channel";
        inTeam.Conversation.IsGroup = true;

        await bed.PostAsync(inTeam, new LambdaBot((_, _) => Task.CompletedTask));

        var store = bed.Services.GetRequiredService<ConversationReferenceStore>();
        Assert.NotNull(await store.GetConversationAsync("msteams", "19:team@thread.tacv2", CancellationToken.None));
        Assert.Null(await store.GetPersonalAsync("msteams", "29:member", CancellationToken.None));
    }

    [Fact]
    public async Task Uninstall_ForgetsTheConversation()
    {
        await using var bed = await AdapterTestBed.StartAsync();
        var bot = new LambdaBot((_, _) => Task.CompletedTask);
        await bed.PostAsync(bed.Message("hi"), bot);
        var uninstall = bed.Message("");
        uninstall.Type = ActivityTypes.InstallationUpdate;
        uninstall.Action = "remove";

        await bed.PostAsync(uninstall, bot);

        var store = bed.Services.GetRequiredService<ConversationReferenceStore>();
        Assert.Null(await store.GetConversationAsync("msteams", "a:personal", CancellationToken.None));
    }

    [Fact]
    public async Task ContinueConversation_SendsIntoTheStoredConversation()
    {
        await using var bed = await AdapterTestBed.StartAsync();
        await bed.PostAsync(bed.Message("hi"), new LambdaBot((_, _) => Task.CompletedTask));
        var stored = await bed.Services.GetRequiredService<ConversationReferenceStore>().GetPersonalAsync("msteams", "29:member", CancellationToken.None);

        await bed.Adapter.ContinueConversationAsync(stored!.Reference, (turn, ct) => turn.SendActivityAsync("提醒：明天截止", ct), CancellationToken.None);

        var sent = bed.Channel.Requests.Single();
        Assert.StartsWith("/v3/conversations/a%3Apersonal/activities", sent.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("提醒：明天截止", sent.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateConversation_OpensAOneToOneChat_AndRunsTheCallbackInIt()
    {
        await using var bed = await AdapterTestBed.StartAsync(async context =>
        {
            if (context.Request.Path == "/v3/conversations")
            {
                context.Response.StatusCode = 201;
                await Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync(context.Response, "{\"id\":\"a:new-private\"}");
            }
        });
        var groupMessage = bed.Message("hi", conversationId: "19:team@thread.tacv2");
        var from = groupMessage.GetConversationReference();

        var reference = await bed.Adapter.CreateConversationAsync(
            from,
            new ConversationParameters { IsGroup = false, Members = [new ChannelAccount("29:member")], TenantId = "t-1" },
            (turn, ct) => turn.SendActivityAsync("请在这里私下填写批评提纲", ct),
            CancellationToken.None);

        Assert.Equal("a:new-private", reference.Conversation!.Id);
        var requests = bed.Channel.Requests.ToArray();
        Assert.Equal("/v3/conversations", requests[0].PathAndQuery);
        Assert.Equal("/v3/conversations/a%3Anew-private/activities", requests[1].PathAndQuery);
    }
}
