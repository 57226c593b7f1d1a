using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Tests.Hosting;
using MeetingBot.Tests.Scenarios;

namespace MeetingBot.Tests.Chat.Meetings.Setup;

/// <summary>谈话方案 / talk plan (list, matrix, the secretary's adjustments) and 审计 / audit.</summary>
public sealed class TalkPlanAndAuditTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    [Fact]
    public async Task TalkPlan_ForASmallTeam_ListsEveryPairAndAMatrix_AsTextAndCard()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        await chat.SeedMeetingAsync("democratic-life-meeting", "办公室", "王书记", "张三", "李四");

        var replies = await chat.InTeamAsync("张三", "谈话方案");

        var text = SetupChat.Texts(replies)[0];
        Assert.Contains("共 3 对，已确认 0 对", text, StringComparison.Ordinal);
        Assert.Contains("张三 — 李四", text, StringComparison.Ordinal);
        // Name first and no leading spaces: it reads on a phone, where a chat drops them (found in a trial).
        Assert.True(text.Contains("\n1．王书记：— ○ ○", StringComparison.Ordinal), text);
        Assert.Contains("\n3．李四：○ ○ —", text, StringComparison.Ordinal);
        Assert.Contains("每行的标记依次对应第1至第3位同志。", text, StringComparison.Ordinal);
        var cardJson = replies[1].ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("\"3．李四\"", cardJson, StringComparison.Ordinal);
        var card = Assert.Single(replies[1]["attachments"]!.AsArray());
        Assert.Equal("application/vnd.microsoft.card.adaptive", card!["contentType"]!.GetValue<string>());
    }

    [Fact]
    public async Task TalkPlan_SecretaryDropsAndAddsAPair_AMemberMayNot()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        var meeting = await chat.SeedMeetingAsync("democratic-life-meeting", "办公室", "王书记", "张三", "李四");

        var dropped = SetupChat.Texts(await chat.InTeamAsync("办公室", "谈话方案 删除", "zh-CN", "张三", "李四"));
        Assert.Equal([SetupTexts.PairDropped.In(MeetingBot.Localization.UserLocale.ZhCn, "张三", "李四")], dropped);
        Assert.Contains("共 2 对", SetupChat.Texts(await chat.InTeamAsync("李四", "谈话方案"))[0], StringComparison.Ordinal);

        Assert.Equal(["只有会议组织者（领导小组办公室）可以这样做。如需办理，请联系办公室。"], SetupChat.Texts(await chat.InTeamAsync("张三", "谈话方案 添加", "zh-CN", "张三", "李四")));

        var added = SetupChat.Texts(await chat.InTeamAsync("办公室", "谈话方案 添加", "zh-CN", "李四", "张三"));
        Assert.Equal([SetupTexts.PairAdded.In(MeetingBot.Localization.UserLocale.ZhCn, "李四", "张三")], added);
        Assert.Empty((await chat.StoredAsync(meeting.Id))!.DroppedTalkPairs);
    }

    [Fact]
    public async Task TalkPlan_ForANonParticipant_ShowsNothing()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        await chat.SeedMeetingAsync("democratic-life-meeting", "办公室", "王书记", "张三", "李四");

        Assert.Equal(["你不是这个会议的参会人员。如应参会，请联系领导小组办公室将你列入名单。"], SetupChat.Texts(await chat.InTeamAsync("路人", "谈话方案")));
        Assert.Equal([SetupTexts.NoMeeting.ZhCn], SetupChat.Texts(await chat.PrivatelyAsync("路人", "谈话方案")));
    }

    [Fact]
    public async Task Audit_BySecretary_ListsChangesNewestFirst_AndIsRefusedToMembers()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        await chat.SeedMeetingAsync("democratic-life-meeting", "办公室", "王书记", "张三", "李四");
        await chat.InTeamConfirmedAsync("办公室", "改期 2030年1月20日 下午3点");
        await chat.InTeamAsync("办公室", "添加成员", "zh-CN", "赵六");

        var lines = SetupChat.Texts(await chat.InTeamAsync("办公室", "审计"))[0].Split('\n');

        Assert.Equal(4, lines.Length);
        Assert.Contains(AuditActionTexts.ParticipantAdded.ZhCn, lines[1], StringComparison.Ordinal);
        Assert.Contains(AuditActionTexts.MeetingRescheduled.ZhCn, lines[2], StringComparison.Ordinal);
        Assert.Contains(AuditActionTexts.MeetingCreated.ZhCn, lines[3], StringComparison.Ordinal);
        Assert.Contains("办公室", lines[3], StringComparison.Ordinal);
        // Names and readable documents, never storage keys, ids or English field names.
        Assert.All(lines.Skip(1), line => Assert.Matches(@"^\S+ \S+ 办公室 .+ 会议（第\d+版）$", line));
        Assert.DoesNotContain(lines, line => line.Contains("meeting", StringComparison.OrdinalIgnoreCase) || line.Contains(" v", StringComparison.Ordinal));
        Assert.Equal(["只有会议组织者（领导小组办公室）可以这样做。如需办理，请联系办公室。"], SetupChat.Texts(await chat.InTeamAsync("张三", "审计")));
    }

    [Fact]
    public async Task Audit_OfADocumentBySomeoneWhoLeftTheMeeting_NamesThemInWords_NeverByIdKeyOrEnglish()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        var meeting = await chat.SeedMeetingAsync("democratic-life-meeting", "办公室", "王书记", "张三", "李四");
        await ScenarioSteps.SubmitAsync(chat, "李四", "zh-CN", "提交", "已提交", "提交 学习", "1. 《党章》\n2. 中央八项规定");
        Assert.Equal([SetupTexts.MemberRemoved.ZhCn.Replace("{0}", "李四", StringComparison.Ordinal)], SetupChat.Texts(await chat.InTeamConfirmedAsync("办公室", "移除成员", "zh-CN", "李四")));

        var text = SetupChat.Texts(await chat.InTeamAsync("办公室", "审计"))[0];

        var submitted = Assert.Single(text.Split('\n'), line => line.Contains(AuditActionTexts.Submitted.ZhCn + " ", StringComparison.Ordinal));
        Assert.Matches(@"^\S+ \S+ 已不在会议中的人员 提交 学习\S*（已不在会议中的人员）（第\d+版）$", submitted);
        Assert.Contains(AuditActionTexts.ParticipantRemoved.ZhCn, text, StringComparison.Ordinal);
        // No id, storage key (submissions/…, the meeting id) or English word: no Latin letter at all.
        Assert.DoesNotContain(chat.Id("李四"), text, StringComparison.Ordinal);
        Assert.DoesNotContain(meeting.Id, text, StringComparison.Ordinal);
        Assert.DoesNotMatch("[A-Za-z]", text);
    }
}
