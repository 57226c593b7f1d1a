using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MeetingBot.Coordination.People;
using MeetingBot.People;
using MeetingBot.WebChannel.SignIn;
using MeetingBot.Tests.Chat.Meetings.Submissions;
using MeetingBot.Tests.Hosting;
using MeetingBot.WebChannel;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.WebChannel.SignIn;

/// <summary>
/// The Direct Line side of sign-in: a signed-in person's credential opens their own 1:1 chat (or their meeting's team
/// chat) through the same token endpoint as invitations, as their directory id, and ends when they leave the
/// directory. The session call that hands out the credential wants this service's Origin and the sign-in cookie.
/// </summary>
public sealed class SignInGrantsTests : IDisposable
{
    private const string Base = "/v3/directline";
    private readonly MeetingBotFactory _factory = MeetingBotFactory.WithSignIn();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ASignedInPersonsCredential_OpensTheirOwnChat_UntilTheyLeaveTheDirectory()
    {
        var person = await AddPersonAsync(webChatId: null);
        using var client = _factory.CreateClient();

        var conversation = await GenerateAsync(client, Credential(person.Id));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", conversation["token"]!.GetValue<string>());
        using var started = await client.PostAsync($"{Base}/conversations", null);
        await _factory.Services.GetRequiredService<PeopleDirectoryStore>()
            .UpdateAsync(d => DirectoryChanges.Remove(d, by: null, person.Id), CancellationToken.None);
        using var afterRemoval = await client.PostAsync($"{Base}/conversations", null);

        Assert.Equal(InvitationConversations.PersonalId(person.Id), conversation["conversationId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterRemoval.StatusCode);
    }

    [Fact]
    public async Task APersonWhoseWebChatIdPredatesTheDirectory_KeepsThatConversation_AndReachesTheTeamChat()
    {
        // The seeded participants entered the directory as people migrated from before it: their old web chat ids kept.
        var seeded = await SeededMeeting.CreateAsync(_factory);
        var person = (await _factory.Services.GetRequiredService<PeopleDirectoryStore>().GetAsync(CancellationToken.None))
            .FindWebChatUser(seeded.Member(1))!;
        Assert.NotEqual(seeded.Member(1), person.Id);
        using var client = _factory.CreateClient();

        var personal = await GenerateAsync(client, Credential(person.Id));
        var team = await GenerateAsync(client, Credential(person.Id), "team");

        Assert.Equal(InvitationConversations.PersonalId(seeded.Member(1)), personal["conversationId"]!.GetValue<string>());
        Assert.Equal(InvitationConversations.TeamId(seeded.Meeting.Id), team["conversationId"]!.GetValue<string>());
    }

    [Fact]
    public async Task ACredentialForSomeoneNotInTheDirectory_OrAnInvitationCodeShapedOne_GetsNoToken()
    {
        using var client = _factory.CreateClient();

        using var unknown = await PostGenerateAsync(client, Credential("u-nobody"));
        using var noTeam = await PostGenerateAsync(client, Credential((await AddPersonAsync(webChatId: null)).Id), "team");

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, noTeam.StatusCode);
    }

    [Fact]
    public async Task TheSessionCall_WantsThisServicesOrigin_ThenTheSignInCookie()
    {
        using var client = _factory.CreateClient();
        using var withoutOrigin = await client.PostAsync("/chat/session", null);
        using var otherSite = new HttpRequestMessage(HttpMethod.Post, "/chat/session") { Headers = { { "Origin", "https://evil.example" } } };
        using var fromOtherSite = await client.SendAsync(otherSite);
        using var ours = new HttpRequestMessage(HttpMethod.Post, "/chat/session") { Headers = { { "Origin", client.BaseAddress!.GetLeftPart(UriPartial.Authority) } } };
        using var notSignedIn = await client.SendAsync(ours);

        Assert.Equal(HttpStatusCode.Forbidden, withoutOrigin.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, fromOtherSite.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, notSignedIn.StatusCode);
        Assert.Equal("/chat/signin", (await notSignedIn.Content.ReadFromJsonAsync<JsonObject>())!["signIn"]!.GetValue<string>());
    }

    [Fact]
    public async Task WithSignInOff_ACredentialOpensNothing_AndThereIsNoSessionCall()
    {
        using var off = new MeetingBotFactory();
        var person = await off.Services.GetRequiredService<PeopleDirectoryStore>().UpdateAsync(
            d => DirectoryChanges.Add(d, by: null, new DirectoryPerson("u-off", "钱七", null, null, null, null, [], [])), CancellationToken.None);
        using var client = off.CreateClient();
        var credential = off.Services.GetRequiredService<SignInCredentials>().For("u-off");

        using var generated = await PostGenerateAsync(client, credential);
        using var session = await client.PostAsync("/chat/session", null);

        Assert.True(person.IsSuccess);
        Assert.Equal(HttpStatusCode.Unauthorized, generated.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, session.StatusCode);
    }

    private string Credential(string personId) => _factory.Services.GetRequiredService<SignInCredentials>().For(personId);

    private async Task<DirectoryPerson> AddPersonAsync(string? webChatId)
    {
        var person = new DirectoryPerson(PeopleDirectoryStore.NewPersonId(), "李四", "组织办", null, null, null, [],
            webChatId is null ? [] : [new ChannelIdentity(IdentityKinds.WebChat, webChatId)]);
        var added = await _factory.Services.GetRequiredService<PeopleDirectoryStore>()
            .UpdateAsync(d => DirectoryChanges.Add(d, by: null, person), CancellationToken.None);
        Assert.True(added.IsSuccess);
        return person;
    }

    private static async Task<HttpResponseMessage> PostGenerateAsync(HttpClient client, string credential, string? room = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Base}/tokens/generate" + (room is null ? "" : "?conversation=" + room));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        return await client.SendAsync(request);
    }

    private static async Task<JsonObject> GenerateAsync(HttpClient client, string credential, string? room = null)
    {
        using var response = await PostGenerateAsync(client, credential, room);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
