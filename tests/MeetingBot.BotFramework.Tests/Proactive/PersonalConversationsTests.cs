using MeetingBot.BotFramework.Proactive;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Tests.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.BotFramework.Tests.Proactive;

public sealed class PersonalConversationsTests
{
    [Fact]
    public async Task InAPersonalChat_TheExchangeStaysThere()
    {
        await using var bed = await AdapterTestBed.StartAsync();
        PersonalConversationOutcome? outcome = null;

        await bed.PostAsync(bed.Message("提纲"), new LambdaBot(async (turn, ct) =>
            outcome = await bed.Services.GetRequiredService<PersonalConversations>().RunAsync(turn, (inPrivate, c) => inPrivate.SendActivityAsync("私聊", c), ct)));

        Assert.Equal(PersonalConversationOutcome.AlreadyPersonal, outcome);
        Assert.StartsWith("/v3/conversations/a%3Apersonal/", bed.Channel.Requests.Single().PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InAGroup_WithAStoredPersonalChat_ContinuesThere_NotInTheGroup()
    {
        await using var bed = await AdapterTestBed.StartAsync();
        var noop = new LambdaBot((_, _) => Task.CompletedTask);
        await bed.PostAsync(bed.Message("hi"), noop);

        await bed.PostAsync(Group(bed), new LambdaBot((turn, ct) =>
            bed.Services.GetRequiredService<PersonalConversations>().RunAsync(turn, (inPrivate, c) => inPrivate.SendActivityAsync("请在这里填写", c), ct)));

        var sent = bed.Channel.Requests.Single();
        Assert.StartsWith("/v3/conversations/a%3Apersonal/activities", sent.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InATeamsGroup_WithoutAPersonalChat_OpensOneWithTheTenant_AndRemembersIt()
    {
        await using var bed = await AdapterTestBed.StartAsync(async context =>
        {
            if (context.Request.Path == "/v3/conversations")
            {
                context.Response.StatusCode = 201;
                await context.Response.WriteAsync("{\"id\":\"a:opened\"}");
            }
        });
        PersonalConversationOutcome? outcome = null;

        await bed.PostAsync(Group(bed), new LambdaBot(async (turn, ct) =>
            outcome = await bed.Services.GetRequiredService<PersonalConversations>().RunAsync(turn, (inPrivate, c) => inPrivate.SendActivityAsync("请在这里填写", c), ct)));

        Assert.Equal(PersonalConversationOutcome.Created, outcome);
        var requests = bed.Channel.Requests.ToArray();
        Assert.Contains("\"tenantId\":\"t-1\"", requests[0].Body, StringComparison.Ordinal);
        Assert.Equal("/v3/conversations/a%3Aopened/activities", requests[1].PathAndQuery);
        var stored = await bed.Services.GetRequiredService<ConversationReferenceStore>().GetPersonalAsync("msteams", "29:member", CancellationToken.None);
        Assert.Equal("a:opened", stored!.Reference.Conversation!.Id);
    }

    [Fact]
    public async Task OnAChannelThatCannotOpenChats_SaysItIsUnavailable_AndSendsNothing()
    {
        await using var bed = await AdapterTestBed.StartAsync();
        var group = Group(bed);
        group.ChannelId = Channels.DirectLine;
        PersonalConversationOutcome? outcome = null;

        await bed.PostAsync(group, new LambdaBot(async (turn, ct) =>
            outcome = await bed.Services.GetRequiredService<PersonalConversations>().RunAsync(turn, (inPrivate, c) => inPrivate.SendActivityAsync("x", c), ct)));

        Assert.Equal(PersonalConversationOutcome.Unavailable, outcome);
        Assert.Empty(bed.Channel.Requests);
    }

    private static Activity Group(AdapterTestBed bed)
    {
        var group = bed.Message("提纲", conversationId: "19:team@thread.tacv2");
        group.Conversation!.IsGroup = true;
        group.Conversation.ConversationType = "channel";
        return group;
    }
}
