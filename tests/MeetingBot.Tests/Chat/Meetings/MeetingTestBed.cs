using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Proactive;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Chat.Meetings.Reviews;
using MeetingBot.Coordination.CriticismOutlines;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Templates;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Chat.Meetings;

/// <summary>
/// A meeting of the seed's template seeded straight through the domain commands and the repository (not through
/// the set-up dialog, which another feature owns), plus a way to talk to the bot as any participant, 1:1 or in
/// the team conversation. Every bed has its own ids, so tests sharing a host never see each other's meetings.
/// </summary>
public sealed class MeetingTestBed
{
    /// <summary>A string planted in submissions: it must never appear in a group reply.</summary>
    public const string Sentinel = "SENTINEL-机密-7f3a";

    private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _factory;
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8];

    /// <param name="channelId">The channel everyone talks on; channels without tenants form one per channel.</param>
    public MeetingTestBed(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, string channelId = ActivityJson.ChannelId)
    {
        _factory = factory;
        ChannelId = channelId;
        MeetingId = "m-" + _suffix;
        GroupConversation = "group-" + _suffix;
        Secretary = Person("sec", "王秘书");
        Lead = Person("lead", "迟永生");
        Li = Person("li", "李敏");
        Zhang = Person("zhang", "张伟");
        Liu = Person("liu", "刘洋");
        Supervisor = Person("sup", "赵组长");
    }

    public string ChannelId { get; }

    public string MeetingId { get; }

    public string GroupConversation { get; }

    public Actor Secretary { get; }

    public Actor Lead { get; }

    public Actor Li { get; }

    public Actor Zhang { get; }

    public Actor Liu { get; }

    /// <summary>督导组: on the roster only of a meeting created <c>withSupervisor</c>.</summary>
    public Actor Supervisor { get; }

    public MeetingRepository Repository => _factory.Services.GetRequiredService<MeetingRepository>();

    public ProcessTemplate Template => _factory.Services.GetRequiredService<TemplateLibrary>().Find("democratic-life-meeting")!;

    /// <param name="withSupervisor">Puts <see cref="Supervisor"/> on the roster as 督导组, who reviews the lead's own items.</param>
    public async Task<Meeting> CreateAsync(bool withSupervisor = false)
    {
        var start = DateTime.UtcNow.AddDays(40).Date.AddHours(9);
        var create = new CreateMeeting(MeetingId, "专题民主生活会", start, "党委会议室", null, P(Lead), [P(Li), P(Zhang), P(Liu)], [], withSupervisor ? [P(Supervisor)] : []);
        var meeting = await SaveAsync<Meeting>(DocumentId.Meeting(MeetingId), _ => create.Decide(Template, Secretary, DateTimeOffset.UtcNow));
        var directory = _factory.Services.GetRequiredService<MeetingDirectory>();
        await directory.AddToConversationAsync(ChannelId, GroupConversation, MeetingId, CancellationToken.None);
        foreach (var person in (Actor[])[Secretary, Lead, Li, Zhang, Liu, .. withSupervisor ? [Supervisor] : Array.Empty<Actor>()])
        {
            await directory.AddToPersonAsync(ChannelId, person.UserId, MeetingId, CancellationToken.None);
        }

        return meeting;
    }

    /// <summary>The meeting, with 李敏's outline about 张伟 handed in (提纲1) and waiting for the lead's review.</summary>
    /// <param name="weak">One stock point with no example, which the pre-review flags.</param>
    public async Task<Submission> CreateWithOutlineAwaitingReviewAsync(bool weak = false)
    {
        await CreateAsync();
        return await SubmitOutlineAsync(Li, Zhang, weak);
    }

    /// <summary>
    /// A second meeting of the same people (a test run, next year's), set up after the first and indexed the same way;
    /// <paramref name="daysAhead"/> places it, and so its deadlines, relative to today.
    /// </summary>
    public async Task<Meeting> CreateAnotherAsync(string theme, int daysAhead)
    {
        var id = MeetingId + "-" + theme.GetHashCode(StringComparison.Ordinal).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
        var start = DateTime.UtcNow.AddDays(daysAhead).Date.AddHours(9);
        var create = new CreateMeeting(id, theme, start, "党委会议室", null, P(Lead), [P(Li), P(Zhang), P(Liu)], [], []);
        var meeting = await SaveAsync<Meeting>(DocumentId.Meeting(id), _ => create.Decide(Template, Secretary, DateTimeOffset.UtcNow));
        var directory = _factory.Services.GetRequiredService<MeetingDirectory>();
        foreach (var person in (Actor[])[Secretary, Lead, Li, Zhang, Liu])
        {
            await directory.AddToPersonAsync(ChannelId, person.UserId, id, CancellationToken.None);
        }

        return meeting;
    }

    /// <summary>The author hands in an outline about the target, with the sentinel in a point.</summary>
    /// <param name="weak">One stock point with no example, which the pre-review flags.</param>
    public async Task<Submission> SubmitOutlineAsync(Actor author, Actor target, bool weak = false)
    {
        var meeting = (await Repository.GetMeetingAsync(null, MeetingId, CancellationToken.None))!;
        var outline = weak ? new CriticismOutline([new OutlinePoint(null, "理论学习有待加强 " + Sentinel, null)]) : new CriticismOutline(
        [
            new OutlinePoint("party-spirit", "宗旨意识不强 " + Sentinel, "5月12日王庄村村民来访未当面接待"),
            new OutlinePoint("real-work", "工作落实不到位，安排多督促少", "春季植树任务布置后未跟踪检查"),
            new OutlinePoint("strictness", "对分管部门要求不严", "分管站所人员上班时间玩游戏未处理"),
        ]);
        var key = DocumentId.Submission(MeetingId, "criticism-outline", author.UserId, target.UserId);
        return await ReferencedAsync(await SaveAsync<Submission>(key, existing => new Submit(existing?.Version ?? 0, "criticism-outline", target.UserId, outline)
            .Decide(meeting, Template, existing, author, DateTimeOffset.UtcNow)));
    }

    /// <summary>The author hands in his own self-examination material, with the sentinel in it.</summary>
    public async Task<Submission> SubmitMaterialAsync(Actor author)
    {
        var meeting = (await Repository.GetMeetingAsync(null, MeetingId, CancellationToken.None))!;
        var material = new ExaminationMaterial(
            [new ExaminedProblem("formalism", "文山会海 " + Sentinel, "一季度召开全镇性会议15次")],
            "宗旨意识淡化。", "改进作风。", ["全镇性会议每月不超过2次"], null);
        var key = DocumentId.Submission(MeetingId, "self-examination", author.UserId, null);
        return await ReferencedAsync(await SaveAsync<Submission>(key, existing => new Submit(existing?.Version ?? 0, "self-examination", null, material)
            .Decide(meeting, Template, existing, author, DateTimeOffset.UtcNow)));
    }

    /// <summary>The author hands in his self-examination material as an uploaded document (already in the document store).</summary>
    public async Task<Submission> SubmitDocumentAsync(Actor author, UploadedDocument document)
    {
        var meeting = (await Repository.GetMeetingAsync(null, MeetingId, CancellationToken.None))!;
        var key = DocumentId.Submission(MeetingId, "self-examination", author.UserId, null);
        return await SaveAsync<Submission>(key, existing => new Submit(existing?.Version ?? 0, "self-examination", null, ExaminationMaterial.FromDocument(document))
            .Decide(meeting, Template, existing, author, DateTimeOffset.UtcNow));
    }

    /// <summary>The author hands in the study check-in.</summary>
    public async Task<Submission> SubmitStudyAsync(Actor author)
    {
        var meeting = (await Repository.GetMeetingAsync(null, MeetingId, CancellationToken.None))!;
        var key = DocumentId.Submission(MeetingId, "study-check-in", author.UserId, null);
        return await SaveAsync<Submission>(key, existing => new Submit(existing?.Version ?? 0, "study-check-in", null, new StudyCheckIn(["党章"], null))
            .Decide(meeting, Template, existing, author, DateTimeOffset.UtcNow));
    }

    /// <summary>Sends text (or a card's posted value) as <paramref name="from"/>, 1:1 unless <paramref name="inGroup"/>; returns the replies.</summary>
    public async Task<JsonArray> SayAsync(HttpClient client, Actor from, string? text, bool inGroup = false, JsonObject? value = null, string locale = "zh-CN", bool addressed = true)
    {
        var message = ActivityJson.Message(text ?? string.Empty, ChannelId).In(locale).ExpectingReplies();
        if (text is null)
        {
            message.Remove("text");
        }

        message["from"] = new JsonObject { ["id"] = from.UserId, ["name"] = from.Name, ["aadObjectId"] = from.UserId };
        message["conversation"] = inGroup
            ? new JsonObject { ["id"] = GroupConversation, ["isGroup"] = true, ["conversationType"] = "groupChat" }
            : new JsonObject { ["id"] = "personal-" + from.UserId, ["conversationType"] = "personal" };
        if (value is not null)
        {
            message["value"] = value;
        }

        if (inGroup && addressed && text is not null)
        {
            // In a group the bot answers only when addressed: as Teams sends it, an @mention of the bot first.
            message["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["mentioned"] = message["recipient"]!.DeepClone(), ["text"] = "<at>MeetingBot</at>" });
            message["text"] = "<at>MeetingBot</at> " + text;
        }

        using var response = await client.PostActivityAsync(message);
        return await response.ReadRepliesAsync();
    }

    /// <summary>An irreversible command: checks the bot asks to confirm it, confirms (in the same conversation), returns the result.</summary>
    public async Task<JsonArray> SayConfirmedAsync(HttpClient client, Actor from, string text, bool inGroup = false, string locale = "zh-CN")
    {
        var asked = Texts(await SayAsync(client, from, text, inGroup, locale: locale));
        Assert.True(asked.StartsWith("请确认：", StringComparison.Ordinal) || asked.StartsWith("Please confirm:", StringComparison.Ordinal), $"{text}: {asked}");
        return await SayAsync(client, from, locale.StartsWith("en", StringComparison.Ordinal) ? "confirm" : "确认", inGroup, locale: locale);
    }

    public static string Texts(JsonArray replies) =>
        string.Join("\n", replies.Select(r => r?["text"]?.GetValue<string>() ?? string.Empty));

    /// <summary>Every string value in the replies (texts, card elements, button data), unescaped, for content checks.</summary>
    public static string AllStrings(JsonNode? node) => node switch
    {
        JsonObject o => string.Join("\n", o.Select(p => AllStrings(p.Value))),
        JsonArray a => string.Join("\n", a.Select(AllStrings)),
        JsonValue v when v.TryGetValue<string>(out var text) => text,
        _ => string.Empty,
    };

    /// <summary>The item as it is stored now.</summary>
    public async Task<Submission> StoredAsync(Submission submission) =>
        (await Repository.GetAsync<Submission>(null, submission.Id, CancellationToken.None))!;

    /// <summary>
    /// The person's 1:1 chat on a fake channel at <paramref name="serviceUrl"/>, remembered as installing the bot would,
    /// so notices to him go there (answered by <see cref="AnswerSent"/>).
    /// </summary>
    public Task RememberPersonalChatAsync(Actor person, string serviceUrl) =>
        _factory.Services.GetRequiredService<ConversationReferenceStore>().SaveAsync(new ConversationReference
        {
            ChannelId = ChannelId,
            ServiceUrl = serviceUrl,
            User = new ChannelAccount(person.UserId, person.Name),
            Bot = new ChannelAccount("bot-1", "MeetingBot"),
            Conversation = new ConversationAccount("personal-chat-" + person.UserId, conversationType: "personal"),
            Locale = "zh-CN",
        }, serviceUrlVerified: true, CancellationToken.None);

    /// <summary>Each person's 1:1 chat on the fake channel at <paramref name="serviceUrl"/> (<see cref="RememberPersonalChatAsync"/>).</summary>
    public async Task RememberPersonalChatsAsync(string serviceUrl, params Actor[] people)
    {
        foreach (var person in people)
        {
            await RememberPersonalChatAsync(person, serviceUrl);
        }
    }

    /// <summary>
    /// A fake channel that accepts and records every send, with each person's 1:1 chat remembered on it
    /// (<see cref="RememberPersonalChatsAsync"/>): what the bot tells them privately lands in its requests.
    /// </summary>
    public async Task<LoopbackServer> PersonalChatsOnAFakeChannelAsync(params Actor[] people)
    {
        var channel = await LoopbackServer.StartAsync(AnswerSent);
        await RememberPersonalChatsAsync(channel.BaseUrl, people);
        return channel;
    }

    /// <summary>The person presses a review card's button where Teams sends it as an <c>adaptiveCard/action</c> invoke; returns the HTTP response.</summary>
    public static Task<HttpResponseMessage> PressAsync(HttpClient client, Actor from, string verb, Submission submission, string locale = "zh-CN", string? comment = null)
    {
        var data = new JsonObject { ["key"] = submission.Id.ToString(), ["version"] = submission.Version };
        if (comment is not null)
        {
            data["comment"] = comment;
        }

        var invoke = ActivityJson.Invoke("adaptiveCard/action", new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
        }).In(locale);
        invoke["from"] = new JsonObject { ["id"] = from.UserId, ["name"] = from.Name };
        invoke["conversation"] = new JsonObject { ["id"] = "personal-" + from.UserId, ["conversationType"] = "personal" };
        return client.PostActivityAsync(invoke);
    }

    /// <summary>The fake channel's answer to a send: accepted, with an activity id.</summary>
    public static Task AnswerSent(HttpContext context)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync("{\"id\":\"sent-1\"}");
    }

    /// <summary>As a hand-in through the bot does: an item that goes to review gets its stable reference (提纲1).</summary>
    private Task<Submission> ReferencedAsync(Submission submission) =>
        _factory.Services.GetRequiredService<ReviewReferenceIssuer>().EnsureAsync(null, submission, Template, CancellationToken.None);

    private async Task<T> SaveAsync<T>(DocumentId id, Func<T?, Outcome<T>> decide) where T : class
    {
        var outcome = await Repository.UpdateAsync(null, id, decide, CancellationToken.None);
        Assert.True(outcome.IsSuccess, outcome.ToString());
        return outcome.Value;
    }

    private Actor Person(string role, string name) => new($"{role}-{_suffix}", name, "channel:" + ChannelId);

    private static Person P(Actor actor) => new(actor.UserId, actor.Name);
}
