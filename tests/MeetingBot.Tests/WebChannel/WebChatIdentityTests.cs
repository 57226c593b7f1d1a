using System.Net;
using System.Text.Json.Nodes;
using MeetingBot.WebChannel.DirectLine;
using MeetingBot.Chat.Meetings.Reviews;
using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Coordination.People;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Chat.Meetings;
using MeetingBot.Tests.Hosting;
using MeetingBot.Tests.People;
using MeetingBot.WebChannel;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.WebChannel;

/// <summary>
/// Who is who in the web chat, through the real Direct Line endpoint: people come from the directory, never from a
/// typed name. The attack this closes: a plain member set up a meeting of his own naming the real lead, sent
/// 邀请链接, and got a link into the real lead's conversation, with which he approved an outline in the real meeting.
/// </summary>
public sealed class WebChatIdentityTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private readonly string _t = Guid.NewGuid().ToString("N")[..4];

    private IDirectLineGrants Grants => factory.Services.GetRequiredService<IDirectLineGrants>();

    [Fact]
    public async Task AMember_WhoIsNoOrganiser_CannotSetUpAMeeting_NorGetALinkForAnyone_NorApproveWithAnotherMeetingsKey()
    {
        // The real meeting, in the web chat: 张伟 is a plain member; 李敏's outline about him waits for the lead.
        var bed = new MeetingTestBed(factory, BotFramework.Schema.Channels.DirectLine);
        await bed.CreateAsync();
        foreach (var actor in new[] { bed.Secretary, bed.Lead, bed.Li, bed.Zhang, bed.Liu })
        {
            await TestDirectory.WebChatPersonAsync(factory.Services, actor.UserId, actor.Name + _t,
                roles: actor == bed.Secretary ? [OrganisationRole.Organiser] : []);
        }

        await TestDirectory.AddAsync(factory.Services, "u-admin-" + _t, "赵管理员" + _t, "组织部", roles: [OrganisationRole.Administrator]);
        var outline = await bed.SubmitOutlineAsync(bed.Li, bed.Zhang);
        var real = (await factory.Services.GetRequiredService<MeetingRepository>().GetDossierAsync(null, bed.MeetingId, CancellationToken.None))!;
        var issuer = factory.Services.GetRequiredService<InvitationIssuer>();
        var zhangLink = (await issuer.IssueAsync(real, "u-" + bed.Zhang.UserId, issuedBy: null, CancellationToken.None)).Value.Link;
        using var impostor = await WebChatSession.OpenAsync(factory, zhangLink);

        var setUp = await impostor.SayAsync("新建会议");
        var template = await impostor.SayAsync("专题民主生活会");
        var lead = await impostor.SayAsync(bed.Lead.Name + _t);
        var links = await impostor.SayAsync("邀请链接");
        var approve = await impostor.SayAsync(null, new JsonObject
        {
            ["verb"] = ReviewVerbs.Approve,
            [ReviewVerbs.KeyField] = outline.Id.ToString(),
            [ReviewVerbs.VersionField] = outline.Version,
        });

        Assert.StartsWith("只有会议组织者", setUp, StringComparison.Ordinal);
        Assert.Contains("赵管理员" + _t + "（组织部）", setUp, StringComparison.Ordinal);
        Assert.DoesNotContain(SetupTexts.AskTheme.ZhCn, template, StringComparison.Ordinal);
        Assert.DoesNotContain(SetupTexts.AskMembers.ZhCn, lead, StringComparison.Ordinal);
        Assert.DoesNotContain("/chat?invite=", links, StringComparison.Ordinal);
        Assert.Equal("只有会议组织者（领导小组办公室）可以这样做。如需办理，请联系王秘书。", links);
        Assert.Equal("只有主要负责同志可以这样做。如需办理，请联系迟永生。", approve);
        var stored = (await factory.Services.GetRequiredService<MeetingRepository>().GetAsync<Submission>(null, outline.Id, CancellationToken.None))!;
        Assert.Equal(SubmissionState.Submitted, stored.State);
        Assert.Null(stored.DisclosedAt);

        // His token opens his own conversation and the real meeting's team conversation, never the lead's.
        Assert.Equal(HttpStatusCode.Unauthorized, await impostor.ReadStatusAsync(InvitationConversations.PersonalId(bed.Lead.UserId)));
        var invitations = await factory.Services.GetRequiredService<InvitationStore>().ForMeetingAsync(bed.MeetingId, CancellationToken.None);
        Assert.Equal([bed.Zhang.UserId], invitations.Select(i => i.UserId));
        Assert.Equal(InvitationConversations.PersonalId(bed.Zhang.UserId), impostor.ConversationId);
    }

    [Fact]
    public async Task AnOrganiser_NamingPeopleByTyping_GetsDirectoryPeople_SameNamesAskedBack_UnknownRefused_AndEachLinkOpensOnlyItsPerson()
    {
        var services = factory.Services;
        var secretary = await TestDirectory.AddAsync(services, "u-sec-" + _t, "周秘书" + _t, "党政办", roles: [OrganisationRole.Organiser]);
        var lead = await TestDirectory.AddAsync(services, "u-lead-" + _t, "张主任" + _t, "党委");
        var li = await TestDirectory.AddAsync(services, "u-li-" + _t, "李四" + _t);
        var wangOffice = await TestDirectory.AddAsync(services, "u-wo-" + _t, "王五" + _t, "党政办");
        var wangFinance = await TestDirectory.AddAsync(services, "u-wf-" + _t, "王五" + _t, "财政所");
        var issuer = services.GetRequiredService<InvitationIssuer>();
        using var chat = await WebChatSession.OpenAsync(factory, (await issuer.IssueAsync(null, secretary.Id, null, CancellationToken.None)).Value.Link);
        var theme = "网页筹备" + _t;
        foreach (var answer in new[] { "新建会议", "专题民主生活会", theme, "2030年1月15日 上午9点", "第一会议室", "默认" })
        {
            await chat.SayAsync(answer);
        }

        var unknown = await chat.SayAsync("路人甲" + _t);
        var members = await chat.SayAsync(lead.Name);
        var asked = await chat.SayAsync($"{li.Name}、{wangOffice.Name}");
        var wrong = await chat.SayAsync("9");
        var heads = await chat.SayAsync("2");
        await chat.SayAsync("跳过");
        await chat.SayAsync("跳过");
        var created = await chat.SayAsync("是");
        var links = await chat.SayAsync("邀请链接");

        Assert.Contains($"人员名录中没有“路人甲{_t}”", unknown, StringComparison.Ordinal);
        Assert.Contains("管理员", unknown, StringComparison.Ordinal);
        Assert.Equal(SetupTexts.AskMembers.ZhCn, members);
        Assert.Contains($"1. 王五{_t}（党政办）", asked, StringComparison.Ordinal);
        Assert.Contains($"2. 王五{_t}（财政所）", asked, StringComparison.Ordinal);
        Assert.StartsWith("没有对应的人", wrong, StringComparison.Ordinal);
        Assert.Equal(SetupTexts.AskDepartmentHeads.ZhCn, heads);
        Assert.Contains(theme, created, StringComparison.Ordinal);
        // People not yet in the web chat are reached by their link, and the secretary is told so (not "message me first").
        Assert.Contains("请发送“邀请链接”", created, StringComparison.Ordinal);

        var meetingIds = await services.GetRequiredService<MeetingDirectory>().ForPersonAsync(BotFramework.Schema.Channels.DirectLine, secretary.WebChatUserId, CancellationToken.None);
        var meeting = (await services.GetRequiredService<MeetingRepository>().GetMeetingAsync(null, meetingIds[^1], CancellationToken.None))!;
        Assert.Equal(lead.WebChatUserId, meeting.Lead.UserId);
        Assert.Equal([lead.WebChatUserId, li.WebChatUserId, wangFinance.WebChatUserId], meeting.Members.Select(m => m.UserId));
        Assert.Null(meeting.Find(wangOffice.WebChatUserId));

        // A link is its person's credential: the shared name is listed with the unit that tells which 王五 it is for.
        Assert.Contains($"· 王五{_t}（财政所）：", links, StringComparison.Ordinal);
        Assert.DoesNotContain($"· 王五{_t}：", links, StringComparison.Ordinal);
        foreach (var person in new[] { secretary, lead, li, wangFinance })
        {
            var shown = person == wangFinance ? person.Label : person.Name;
            var line = links.Split('\n').Single(l => l.StartsWith($"· {shown}：", StringComparison.Ordinal));
            var grant = (await Grants.ResolveAsync(WebChatSession.CodeOf(line), null, CancellationToken.None))!;
            Assert.Equal(person.WebChatUserId, grant.UserId);
            Assert.Equal(InvitationConversations.PersonalId(person.WebChatUserId), grant.ConversationId);
            Assert.Equal(InvitationConversations.TeamId(meeting.Id), (await Grants.ResolveAsync(WebChatSession.CodeOf(line), InvitationConversations.Team, CancellationToken.None))!.ConversationId);
        }

        // The lead's link opens the lead's conversation and not the secretary's.
        var leadLine = links.Split('\n').Single(l => l.StartsWith($"· {lead.Name}：", StringComparison.Ordinal));
        using var leadChat = await WebChatSession.OpenAsync(factory, leadLine);
        Assert.Equal(InvitationConversations.PersonalId(lead.WebChatUserId), leadChat.ConversationId);
        Assert.Equal(HttpStatusCode.Unauthorized, await leadChat.ReadStatusAsync(chat.ConversationId));
        Assert.Equal(HttpStatusCode.OK, await leadChat.ReadStatusAsync(leadChat.ConversationId));
    }
}
