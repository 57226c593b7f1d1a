using System.Net.Http.Json;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.Demo;

/// <summary>
/// The simulated team's side of the conversation: each message is a real activity posted to the bot's
/// <c>/api/messages</c> over HTTP (Emulator channel, replies expected in the response), printed with its replies.
/// </summary>
public sealed class DemoChat(HttpClient http, Uri messagesEndpoint, DemoChannel channel, DemoTranscript transcript)
{
    public DemoTranscript Transcript => transcript;

    public DemoChannel Channel => channel;

    public Task<DemoReply> InTeamAsync(string person, string text, params string[] mentioned) =>
        SendAsync(person, new ConversationAccount(DemoTeam.TeamConversation, isGroup: true, conversationType: "channel"), text, mentioned);

    public Task<DemoReply> PrivatelyAsync(string person, string text, params string[] mentioned) =>
        SendAsync(person, new ConversationAccount(DemoTeam.PersonalConversation(person), conversationType: "personal"), text, mentioned);

    /// <summary>An irreversible command in the team: the bot shows what will happen, and the person confirms.</summary>
    public async Task<DemoReply> InTeamConfirmedAsync(string person, string text)
    {
        await InTeamAsync(person, text).Expect(DemoTexts.AskedToConfirm);
        return await InTeamAsync(person, DemoTexts.Confirm);
    }

    /// <summary>An irreversible command in 1:1: the bot shows what will happen, and the person confirms.</summary>
    public async Task<DemoReply> PrivatelyConfirmedAsync(string person, string text)
    {
        await PrivatelyAsync(person, text).Expect(DemoTexts.AskedToConfirm);
        return await PrivatelyAsync(person, DemoTexts.Confirm);
    }

    /// <summary>
    /// <paramref name="person"/> adds the bot, as a channel tells it: a <c>conversationUpdate</c> in the new 1:1 chat
    /// naming the bot and the person as added members. The bot greets and can write to the person from now on.
    /// </summary>
    public Task<DemoReply> InstallAsync(string person) =>
        PostAsync(person, new ConversationAccount(DemoTeam.PersonalConversation(person), conversationType: "personal"), "（添加机器人）", new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            MembersAdded = [Bot, new ChannelAccount(DemoTeam.Id(person), person)],
        });

    /// <summary>Downloads a file the bot attached (a report link served by the bot itself).</summary>
    public async Task<byte[]> DownloadAsync(Attachment file, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri(file.ContentUrl!), cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    private static ChannelAccount Bot { get; } = new("meetingbot", "MeetingBot");

    private Task<DemoReply> SendAsync(string person, ConversationAccount conversation, string text, string[] mentioned)
    {
        // In the team the bot acts only when addressed, so every team message @mentions it first (as Teams sends it).
        var addressed = conversation.IsGroup == true;
        var shown = (addressed ? "@" + Bot.Name + " " : string.Empty) + (mentioned.Length == 0 ? text : $"{text} {string.Join(' ', mentioned.Select(m => "@" + m))}".Trim());
        var typed = mentioned.Length == 0 ? text : $"{text} {string.Join(' ', mentioned.Select(m => $"<at>{m}</at>"))}".Trim();
        IEnumerable<Entity> entities = [.. mentioned.Select(m => Entity.FromMention(new Mention(new ChannelAccount(DemoTeam.Id(m), m), $"<at>{m}</at>")))];
        if (addressed)
        {
            typed = $"<at>{Bot.Name}</at> {typed}";
            entities = entities.Append(Entity.FromMention(new Mention(Bot, $"<at>{Bot.Name}</at>")));
        }

        return PostAsync(person, conversation, shown, new Activity { Type = ActivityTypes.Message, Text = typed, Entities = [.. entities] });
    }

    /// <summary>Sends <paramref name="activity"/> from <paramref name="person"/> with the envelope every activity carries.</summary>
    private async Task<DemoReply> PostAsync(string person, ConversationAccount conversation, string shown, Activity activity)
    {
        transcript.Said(person, conversation.IsGroup == true ? DemoTexts.Team : "私聊", shown);
        activity.Id = Guid.NewGuid().ToString("N");
        activity.ChannelId = Channels.Emulator;
        activity.ServiceUrl = channel.ServiceUrl.ToString();
        activity.From = new ChannelAccount(DemoTeam.Id(person), person);
        activity.Recipient = Bot;
        activity.Conversation = conversation;
        activity.Locale = "zh-CN";
        activity.DeliveryMode = "expectReplies";
        activity.Timestamp = transcript.UtcNow;
        using var response = await http.PostAsJsonAsync(messagesEndpoint, activity, BotJson.Options);
        if (!response.IsSuccessStatusCode)
        {
            throw new DemoStepFailedException($"机器人对“{shown}”答复了 HTTP {(int)response.StatusCode}。");
        }

        var replies = (await response.Content.ReadFromJsonAsync<ExpectedReplies>(BotJson.Options))?.Activities ?? [];
        transcript.Replied(conversation.IsGroup == true ? DemoTexts.Team : person, replies);
        return new DemoReply(shown, replies);
    }
}
