using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Templates;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Chat.Meetings.Setup;

/// <summary>
/// A team for one test: distinct user and conversation ids, a fake channel (loopback) that records proactive sends
/// and answers the roster, and helpers to talk in the team conversation or 1:1, with @mentions as entities.
/// </summary>
public sealed class SetupChat : IAsyncDisposable
{
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private readonly WebApplicationFactory<Program> _factory;
    private readonly HttpClient _client;

    private SetupChat(WebApplicationFactory<Program> factory, LoopbackServer channel)
    {
        _factory = factory;
        Channel = channel;
        _client = factory.CreateClient();
        TeamConversation = "team-" + _run;
    }

    public LoopbackServer Channel { get; }

    public string TeamConversation { get; }

    /// <summary>Roster the fake channel returns for "everyone"; empty means the channel answers 404 (no member support).</summary>
    public List<(string Id, string Name)> Roster { get; } = [];

    public static async Task<SetupChat> StartAsync(WebApplicationFactory<Program> factory)
    {
        SetupChat? chat = null;
        var channel = await LoopbackServer.StartAsync(async context =>
        {
            if (context.Request.Method == "POST" && context.Request.Path.Value!.TrimEnd('/').EndsWith("/v3/conversations", StringComparison.Ordinal))
            {
                await CreateConversationAsync(chat!, context);
                return;
            }

            if (context.Request.Path.Value!.EndsWith("/pagedmembers", StringComparison.Ordinal))
            {
                if (chat!.Roster.Count == 0)
                {
                    context.Response.StatusCode = 404;
                    return;
                }

                var members = new JsonArray([.. chat.Roster.Select(m => (JsonNode)new JsonObject { ["id"] = m.Id, ["name"] = m.Name })]);
                await context.Response.WriteAsJsonAsync(new JsonObject { ["members"] = members });
                return;
            }

            await context.Response.WriteAsJsonAsync(new JsonObject { ["id"] = "sent-" + Guid.NewGuid().ToString("N") });
        });
        chat = new SetupChat(factory, channel);
        return chat;
    }

    /// <summary>
    /// Whether Teams opens a 1:1 chat the bot asks for (the person installed the app). Off by default: the channel
    /// answers 403 as for someone who has not, so a set-up asked for in the team is answered there — unless the
    /// person has chatted with the bot privately before (the stored 1:1 chat is used).
    /// </summary>
    public bool OpensPrivateChats { get; set; }

    /// <summary>The Teams tenant every message carries (as Teams sends it; the bot needs it to open a 1:1 chat). Null: none.</summary>
    public string? TenantId { get; set; }

    public string Id(string name) => $"{name}-{_run}";

    /// <summary>The 1:1 chats the bot asked the channel to open.</summary>
    public int PrivateChatsAskedFor => Channel.Requests.Count(r => r.Method == "POST" && r.PathAndQuery.TrimEnd('/').EndsWith("/v3/conversations", StringComparison.Ordinal));

    /// <summary>Puts <paramref name="name"/> in the directory as an organiser, known in Teams by the AAD object id the chat sends.</summary>
    public Task OrganiserAsync(string name) => People.TestDirectory.TeamsOrganiserAsync(_factory.Services, Id(name), name);

    /// <summary>Says <paramref name="text"/> in the team conversation, addressed to the bot (an @mention of it).</summary>
    public Task<List<JsonObject>> InTeamAsync(string user, string text, string locale = "zh-CN", params string[] mentioned) =>
        SendAsync(user, TeamConversation, isGroup: true, text, locale, mentioned);

    /// <summary>Says <paramref name="text"/> in the team conversation to the others, without addressing the bot.</summary>
    public Task<List<JsonObject>> InTeamToOthersAsync(string user, string text, string locale = "zh-CN") =>
        SendAsync(user, TeamConversation, isGroup: true, text, locale, [], addressed: false);

    /// <summary>A group message without the bot's @mention, as Teams delivers it where the team consented to the app reading them.</summary>
    public Task<List<JsonObject>> InTeamWithoutMentionAsync(string user, string text, string locale = "zh-CN", params string[] mentioned) =>
        SendAsync(user, TeamConversation, isGroup: true, text, locale, mentioned, addressed: false);

    /// <summary>An irreversible command in the team conversation: checks it asks for confirmation, confirms, returns the result.</summary>
    public async Task<List<JsonObject>> InTeamConfirmedAsync(string user, string text, string locale = "zh-CN", params string[] mentioned)
    {
        AssertAsksToConfirm(await InTeamAsync(user, text, locale, mentioned), text);
        return await InTeamAsync(user, Confirmation(locale), locale);
    }

    /// <summary>An irreversible command in <paramref name="user"/>'s 1:1 chat: checks it asks for confirmation, confirms, returns the result.</summary>
    public async Task<List<JsonObject>> PrivatelyConfirmedAsync(string user, string text, string locale = "zh-CN", params string[] mentioned)
    {
        AssertAsksToConfirm(await PrivatelyAsync(user, text, locale, mentioned), text);
        return await PrivatelyAsync(user, Confirmation(locale), locale);
    }

    public static void AssertAsksToConfirm(IEnumerable<JsonObject> replies, string command)
    {
        var texts = Texts(replies);
        Assert.True(texts.Count == 1 && (texts[0].StartsWith("请确认：", StringComparison.Ordinal) || texts[0].StartsWith("Please confirm:", StringComparison.Ordinal)),
            $"{command}: {string.Join(" | ", texts)}");
    }

    private static string Confirmation(string locale) => locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "confirm" : "确认";

    public Task<List<JsonObject>> PrivatelyAsync(string user, string text, string locale = "zh-CN", params string[] mentioned) =>
        SendAsync(user, "personal-" + Id(user), isGroup: false, text, locale, mentioned);

    public static List<string> Texts(IEnumerable<JsonObject> replies) => [.. replies.Select(r => r["text"]?.GetValue<string>() ?? string.Empty)];

    public async Task<Meeting?> TeamMeetingAsync()
    {
        var directory = _factory.Services.GetRequiredService<MeetingDirectory>();
        var ids = await directory.ForConversationAsync(ActivityJson.ChannelId, TeamConversation, CancellationToken.None);
        return ids.Count == 0 ? null : await _factory.Services.GetRequiredService<MeetingRepository>().GetMeetingAsync(null, ids[^1], CancellationToken.None);
    }

    /// <summary>
    /// A meeting set up straight through the domain and the stores (not the dialog), indexed for the team
    /// conversation and every participant, as the setup dialog leaves it.
    /// </summary>
    public async Task<Meeting> SeedMeetingAsync(string templateId, string secretary, string lead, params string[] members)
    {
        var template = _factory.Services.GetRequiredService<TemplateLibrary>().Find(templateId)!;
        var command = new CreateMeeting(Guid.NewGuid().ToString(), "Theme " + _run, new DateTime(2030, 1, 15, 9, 0, 0), "Room 1", null,
            new Person(Id(lead), lead), [.. members.Select(m => new Person(Id(m), m))], [], []);
        var actor = new Actor(Id(secretary), secretary, "channel:" + ActivityJson.ChannelId);
        var meeting = command.Decide(template, actor, DateTimeOffset.UtcNow).Value;
        await _factory.Services.GetRequiredService<MeetingRepository>().UpdateAsync<Meeting>(null, DocumentId.Meeting(meeting.Id), _ => meeting, CancellationToken.None);
        var directory = _factory.Services.GetRequiredService<MeetingDirectory>();
        await directory.AddToConversationAsync(ActivityJson.ChannelId, TeamConversation, meeting.Id, CancellationToken.None);
        foreach (var participant in meeting.Participants)
        {
            await directory.AddToPersonAsync(ActivityJson.ChannelId, participant.UserId, meeting.Id, CancellationToken.None);
        }

        return meeting;
    }

    public Task<Meeting?> StoredAsync(string meetingId) =>
        _factory.Services.GetRequiredService<MeetingRepository>().GetMeetingAsync(null, meetingId, CancellationToken.None);

    /// <summary>The texts the bot sent proactively into <paramref name="user"/>'s 1:1 chat.</summary>
    public List<string> SentPrivatelyTo(string user) =>
    [
        .. Channel.Requests
            .Where(r => r.Method == "POST" && r.PathAndQuery.Contains(Uri.EscapeDataString("personal-" + Id(user)), StringComparison.Ordinal))
            .Select(r => JsonNode.Parse(r.Body)?["text"]?.GetValue<string>() ?? string.Empty),
    ];

    /// <summary>
    /// Waits until <paramref name="user"/> has received <paramref name="count"/> pushes that match, and returns them: a
    /// notice whose chat is at its pace leaves from the outbox moments after the turn that caused it.
    /// </summary>
    public async Task<List<string>> ReceivedPrivatelyAsync(string user, Func<string, bool> matches, int count = 1)
    {
        await Eventually.TrueAsync(() => SentPrivatelyTo(user).Count(matches) >= count);
        return [.. SentPrivatelyTo(user).Where(matches)];
    }

    // As Teams: the member's 1:1 chat with the bot (the same one each time), or 403 when he has not installed the app.
    private static async Task CreateConversationAsync(SetupChat chat, HttpContext context)
    {
        if (!chat.OpensPrivateChats)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsJsonAsync(new JsonObject { ["error"] = new JsonObject { ["code"] = "Forbidden", ["message"] = "The bot is not installed for the user." } });
            return;
        }

        var body = await JsonNode.ParseAsync(context.Request.Body);
        var member = body?["members"]?[0]?["id"]?.GetValue<string>();
        await context.Response.WriteAsJsonAsync(new JsonObject { ["id"] = "personal-" + member });
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await Channel.DisposeAsync();
    }

    private async Task<List<JsonObject>> SendAsync(string user, string conversation, bool isGroup, string text, string locale, string[] mentioned, bool addressed = true)
    {
        var message = ActivityJson.Message(text).In(locale).ExpectingReplies();
        message["serviceUrl"] = Channel.BaseUrl + "/";
        message["from"] = new JsonObject { ["id"] = Id(user), ["name"] = user, ["aadObjectId"] = Id(user) };
        message["conversation"] = isGroup
            ? new JsonObject { ["id"] = conversation, ["isGroup"] = true, ["conversationType"] = "channel" }
            : new JsonObject { ["id"] = conversation, ["conversationType"] = "personal" };
        if (TenantId is not null)
        {
            message["conversation"]!["tenantId"] = TenantId;
            message["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } };
        }
        var entities = new JsonArray();
        if (mentioned.Length > 0)
        {
            foreach (var name in mentioned)
            {
                entities.Add(new JsonObject
                {
                    ["type"] = "mention",
                    ["mentioned"] = new JsonObject { ["id"] = Id(name), ["name"] = name },
                    ["text"] = $"<at>{name}</at>",
                });
            }

            message["text"] = text + " " + string.Join(' ', mentioned.Select(n => $"<at>{n}</at>"));
        }

        if (isGroup && addressed)
        {
            // In a group the bot answers only when addressed: as Teams sends it, an @mention of the bot first.
            var bot = message["recipient"]!.DeepClone();
            entities.Add(new JsonObject { ["type"] = "mention", ["mentioned"] = bot, ["text"] = "<at>MeetingBot</at>" });
            message["text"] = "<at>MeetingBot</at> " + message["text"]!.GetValue<string>();
        }

        if (entities.Count > 0)
        {
            message["entities"] = entities;
        }

        using var response = await _client.PostActivityAsync(message);
        var replies = await response.ReadRepliesAsync();
        return [.. replies.OfType<JsonObject>()];
    }
}
