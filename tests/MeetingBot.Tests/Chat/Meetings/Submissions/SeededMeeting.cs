using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Templates;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Chat.Meetings.Submissions;

/// <summary>
/// A democratic life meeting written straight into the test host's storage and directory (so these tests do not
/// depend on the setup feature): a secretary, a lead and members, all on Direct Line, with fresh ids per test.
/// </summary>
internal sealed class SeededMeeting
{
    public const string Channel = "directline";
    public const string TemplateId = "democratic-life-meeting";

    private SeededMeeting(WebApplicationFactory<Program> factory, string prefix, Meeting meeting)
    {
        Factory = factory;
        Prefix = prefix;
        Meeting = meeting;
    }

    public WebApplicationFactory<Program> Factory { get; }
    public string Prefix { get; }
    public Meeting Meeting { get; }
    public string GroupId => Prefix + "-group";
    public string Secretary => Prefix + "-secretary";
    public string Lead => Prefix + "-lead";

    public string Member(int number) => $"{Prefix}-m{number}";

    /// <summary>The directory id of a participant (see <see cref="People.TestDirectory.WebChatPersonAsync"/>).</summary>
    public static string PersonId(string userId) => "u-" + userId;

    public static string MemberName(int number) => number switch { 1 => "王芳", 2 => "张伟", 3 => "刘洋", _ => $"成员{number}" };

    public IStorage Storage => Factory.Services.GetRequiredService<IStorage>();

    public static async Task<SeededMeeting> CreateAsync(WebApplicationFactory<Program> factory, int members = 3, string templateId = TemplateId)
    {
        var prefix = "s" + Guid.NewGuid().ToString("N")[..10];
        var template = factory.Services.GetRequiredService<TemplateLibrary>().Find(templateId)!;
        var now = DateTimeOffset.UtcNow;
        var secretary = new Actor(prefix + "-secretary", "秘书", "channel:" + Channel);
        var create = new CreateMeeting(prefix + "-meeting", "专题民主生活会", now.UtcDateTime.AddDays(40).Date.AddHours(9), "三楼会议室", null,
            new Person(prefix + "-lead", "书记"),
            [.. Enumerable.Range(1, members).Select(i => new Person($"{prefix}-m{i}", MemberName(i)))], [], []);
        var meeting = create.Decide(template, secretary, now).Value;

        var seeded = new SeededMeeting(factory, prefix, meeting);
        await seeded.Storage.WriteAsync(DocumentKeys.Of(DocumentId.Meeting(meeting.Id)), meeting, WriteCondition.IfAbsent);
        var directory = factory.Services.GetRequiredService<MeetingDirectory>();
        foreach (var participant in meeting.Participants)
        {
            await directory.AddToPersonAsync(Channel, participant.UserId, meeting.Id, CancellationToken.None);
        }

        await directory.AddToConversationAsync(Channel, seeded.GroupId, meeting.Id, CancellationToken.None);

        // Everyone is in the directory of people under the web chat id the meeting knows them by (as migrated).
        foreach (var participant in meeting.Participants)
        {
            await People.TestDirectory.WebChatPersonAsync(factory.Services, participant.UserId, participant.Name);
        }

        return seeded;
    }

    /// <summary>The author's item of that deliverable as stored now (an outline names its target); it must exist.</summary>
    public async Task<Submission> StoredAsync(string deliverable, string author, string? target = null)
    {
        var stored = await Storage.ReadAsync<Submission>(DocumentKeys.Of(DocumentId.Submission(Meeting.Id, deliverable, author, target)));
        Assert.NotNull(stored);
        return stored.Value;
    }

    /// <summary>A message from <paramref name="userId"/> in their 1:1 chat (or the group), with the replies asked for in the response.</summary>
    public JsonObject Message(string userId, string text, bool inGroup = false)
    {
        var conversation = inGroup
            ? new JsonObject { ["id"] = GroupId, ["isGroup"] = true, ["conversationType"] = "groupChat" }
            : new JsonObject { ["id"] = $"{Prefix}-dm-{userId}" };
        var message = ActivityJson.Message(text, Channel).In("zh-CN").ExpectingReplies();
        message["from"] = new JsonObject { ["id"] = userId, ["name"] = Meeting.NameOf(userId) };
        message["conversation"] = conversation;
        if (inGroup)
        {
            // In a group the bot answers only when addressed: as Teams sends it, an @mention of the bot first.
            message["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["mentioned"] = message["recipient"]!.DeepClone(), ["text"] = "<at>MeetingBot</at>" });
            message["text"] = "<at>MeetingBot</at> " + text;
        }

        return message;
    }

    public async Task<List<string>> SayAsync(HttpClient client, string userId, string text, bool inGroup = false) =>
        await SendAsync(client, Message(userId, text, inGroup));

    /// <summary>The person sends the lines one after another, each answering the bot's last question; returns the replies to the last.</summary>
    public async Task<List<string>> SayInTurnAsync(HttpClient client, string userId, params string[] lines)
    {
        var replies = new List<string>();
        foreach (var line in lines)
        {
            replies = await SayAsync(client, userId, line);
        }

        return replies;
    }

    /// <summary>
    /// The member starts his self-examination material in his 1:1 chat and types a short one (a problem with its case,
    /// the causes, the direction, one measure) up to the read-back: one 提交 away from handing it in.
    /// </summary>
    public async Task TypeShortMaterialAsync(HttpClient client, string member)
    {
        await SayInTurnAsync(client, member, "提交 材料", "1. 文山会海 例如：一季度开会15次", "宗旨意识淡化", "改进作风", "1. 每月全镇性会议不超过2次");
    }

    public static async Task<List<string>> SendAsync(HttpClient client, JsonObject message)
    {
        using var response = await client.PostActivityAsync(message);
        var replies = await response.ReadRepliesAsync();
        return [.. replies.Select(r => r?["text"]?.GetValue<string>() ?? string.Empty)];
    }
}
