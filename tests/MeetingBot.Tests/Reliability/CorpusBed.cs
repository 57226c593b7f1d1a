using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Chat.Meetings.Reviews;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Chat.Meetings;
using MeetingBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Reliability;

/// <summary>
/// What every corpus case runs against: a meeting on Teams (no Entra tenant, so its tenant is the channel) with
/// 李敏's criticism outline about 张伟 waiting for the lead's review, and a second meeting on Direct Line with its
/// own lead and outline, so cases can reach across meetings and channels. Builds a case's request body and
/// snapshots both meetings' stored documents.
/// </summary>
public sealed class CorpusBed
{
    private readonly MeetingBotFactory _factory;

    private readonly string _serviceUrl;

    private CorpusBed(MeetingBotFactory factory, string serviceUrl, MeetingTestBed home, MeetingTestBed other, Submission outline, Submission otherOutline)
    {
        _factory = factory;
        _serviceUrl = serviceUrl;
        Home = home;
        Other = other;
        Outline = outline;
        OtherOutline = otherOutline;
    }

    public MeetingTestBed Home { get; }

    public MeetingTestBed Other { get; }

    public Submission Outline { get; }

    public Submission OtherOutline { get; }

    /// <param name="serviceUrl">Where the activities say the channel is: the fake channel on loopback.</param>
    public static async Task<CorpusBed> StartAsync(MeetingBotFactory factory, string serviceUrl)
    {
        var home = new MeetingTestBed(factory);
        await home.CreateAsync();
        var outline = await home.SubmitOutlineAsync(home.Li, home.Zhang);
        var other = new MeetingTestBed(factory, "directline");
        await other.CreateAsync();
        var otherOutline = await other.SubmitOutlineAsync(other.Li, other.Zhang);
        return new CorpusBed(factory, serviceUrl, home, other, outline, otherOutline);
    }

    /// <summary>Every stored document of both meetings, by key: what no hostile request may change.</summary>
    public async Task<Dictionary<string, string>> SnapshotAsync()
    {
        var storage = _factory.Services.GetRequiredService<IStorage>();
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var meetingId in (string[])[Home.MeetingId, Other.MeetingId])
        {
            foreach (var document in await storage.ListAsync(DocumentKeys.Prefix(meetingId)))
            {
                all[document.Key] = document.Json;
            }
        }

        return all;
    }

    public Actor Person(string name) => name switch
    {
        "li" => Home.Li,
        "lead" => Home.Lead,
        "zhang" => Home.Zhang,
        "liu" => Home.Liu,
        "secretary" => Home.Secretary,
        "otherLead" => Other.Lead,
        "stranger" => new Actor("stranger-" + Home.MeetingId, "陌生人", "channel:" + ActivityJson.ChannelId),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown corpus person."),
    };

    /// <summary>The request body of <paramref name="hostile"/>, as bytes (raw bytes may be invalid UTF-8 on purpose).</summary>
    public byte[] Body(HostileCase hostile)
    {
        if (hostile.Raw is { } raw)
        {
            return Encoding.UTF8.GetBytes(Substitute(raw));
        }

        var activity = Activity(hostile.Base, Person(hostile.As));
        foreach (var (path, value) in hostile.Set)
        {
            JsonPath.Set(activity, path, value?.DeepClone());
        }

        var markers = new List<(string Marker, string Raw)>();
        foreach (var (path, rawJson) in hostile.SetRaw)
        {
            var marker = $"__RAW_{markers.Count}__";
            JsonPath.Set(activity, path, marker);
            markers.Add(($"\"{marker}\"", rawJson));
        }

        var byteMarkers = new List<(string Marker, byte[] Bytes)>();
        foreach (var (path, bytes) in hostile.SetBytes)
        {
            var marker = $"__BYTES_{byteMarkers.Count}__";
            JsonPath.Set(activity, path, marker);
            byteMarkers.Add((marker, bytes));
        }

        foreach (var path in hostile.Remove)
        {
            JsonPath.Remove(activity, path);
        }

        var text = activity.ToJsonString();
        foreach (var (marker, rawJson) in markers)
        {
            text = text.Replace(marker, rawJson, StringComparison.Ordinal);
        }

        text = Substitute(text);
        var body = Encoding.UTF8.GetBytes(text);
        foreach (var (marker, bytes) in byteMarkers)
        {
            body = Splice(body, Encoding.UTF8.GetBytes(marker), bytes);
        }

        return body;
    }

    /// <summary>Replaces <c>${name}</c> placeholders: people's ids, the meetings, their outlines' keys and versions.</summary>
    public string Substitute(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["li"] = Home.Li.UserId,
            ["lead"] = Home.Lead.UserId,
            ["zhang"] = Home.Zhang.UserId,
            ["liu"] = Home.Liu.UserId,
            ["secretary"] = Home.Secretary.UserId,
            ["otherLead"] = Other.Lead.UserId,
            ["meeting"] = Home.MeetingId,
            ["suffix"] = Home.MeetingId[2..],
            ["serviceUrl"] = _serviceUrl,
            ["otherMeeting"] = Other.MeetingId,
            ["group"] = Home.GroupConversation,
            ["outlineKey"] = Outline.Id.ToString(),
            ["outlineVersion"] = Outline.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["staleVersion"] = (Outline.Version - 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["nextVersion"] = (Outline.Version + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["otherOutlineKey"] = OtherOutline.Id.ToString(),
            ["otherOutlineVersion"] = OtherOutline.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (name, value) in values)
        {
            text = text.Replace("${" + name + "}", value, StringComparison.Ordinal);
        }

        return text;
    }

    private JsonObject Activity(string kind, Actor from)
    {
        var personal = new JsonObject { ["id"] = "personal-" + from.UserId, ["conversationType"] = "personal" };
        var group = new JsonObject { ["id"] = Home.GroupConversation, ["isGroup"] = true, ["conversationType"] = "groupChat" };
        var approve = new JsonObject { ["verb"] = ReviewVerbs.Approve, ["key"] = Outline.Id.ToString(), ["version"] = Outline.Version };
        JsonObject activity = kind switch
        {
            "message" => ActivityJson.Message("我的任务").ExpectingReplies(),
            // Addressed to the bot (a group message that is not is answered by nothing at all).
            "group" => ActivityJson.Message("@会议助手 进度").ExpectingReplies(),
            "card" => ActivityJson.Message("").ExpectingReplies(),
            "invoke" => ActivityJson.Invoke("adaptiveCard/action", new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = ReviewVerbs.Approve, ["data"] = approve.DeepClone() },
            }),
            "update" => ActivityJson.OfType("conversationUpdate").ExpectingReplies(),
            "event" => ActivityJson.Event().ExpectingReplies(),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown corpus base."),
        };
        activity["locale"] = "zh-CN";
        activity["serviceUrl"] = _serviceUrl;
        activity["from"] = new JsonObject { ["id"] = from.UserId, ["name"] = from.Name };
        activity["conversation"] = kind is "group" or "update" ? group : personal;
        if (kind == "card")
        {
            activity.Remove("text");
            activity["value"] = approve;
        }

        if (kind == "update")
        {
            activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = from.UserId, ["name"] = from.Name });
        }

        return activity;
    }

    private static byte[] Splice(byte[] body, byte[] marker, byte[] bytes)
    {
        var at = body.AsSpan().IndexOf(marker);
        return at < 0 ? body : [.. body.AsSpan(0, at), .. bytes, .. body.AsSpan(at + marker.Length)];
    }
}
