using System.Text.RegularExpressions;
using MeetingBot.WebChannel.DirectLine;
using MeetingBot.Chat.Meetings.Invitations;
using MeetingBot.Localization;
using MeetingBot.Tests.Chat.Meetings.Submissions;
using MeetingBot.Tests.Hosting;
using MeetingBot.WebChannel;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.WebChannel;

/// <summary>邀请链接 and 撤销邀请: who may make and revoke web chat links, and what a link then opens.</summary>
public sealed partial class InvitationCommandsTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private IDirectLineGrants Grants => factory.Services.GetRequiredService<IDirectLineGrants>();

    [Fact]
    public async Task TheSecretary_Gets_OneLinkPerParticipant_EachOpeningThatPersonsOwnChat()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();

        var reply = Assert.Single(await seeded.SayAsync(client, seeded.Secretary, "邀请链接"));

        var codes = Codes(reply);
        Assert.Equal(seeded.Meeting.Participants.Count, codes.Count);
        foreach (var participant in seeded.Meeting.Participants)
        {
            Assert.Contains($"· {participant.Name}：", reply, StringComparison.Ordinal);
        }

        var grants = await Task.WhenAll(codes.Select(c => Grants.ResolveAsync(c, null, CancellationToken.None)));
        Assert.Equal(seeded.Meeting.Participants.Select(p => p.UserId).Order(), grants.Select(g => g!.UserId).Order());
        Assert.All(grants, g => Assert.Equal(InvitationConversations.PersonalId(g!.UserId), g.ConversationId));
        Assert.All(grants, g => Assert.False(g!.IsGroup));

        var team = await Grants.ResolveAsync(codes[0], InvitationConversations.Team, CancellationToken.None);
        Assert.Equal(InvitationConversations.TeamId(seeded.Meeting.Id), team!.ConversationId);
        Assert.True(team.IsGroup);
        Assert.Null(await Grants.ResolveAsync(codes[0], "someone-elses", CancellationToken.None));
    }

    [Fact]
    public async Task AMember_MayNotMakeLinks()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();

        var replies = await seeded.SayAsync(client, seeded.Member(1), "邀请链接");

        Assert.DoesNotContain(replies, r => r.Contains("/chat?invite=", StringComparison.Ordinal));
        Assert.Empty(await factory.Services.GetRequiredService<InvitationStore>().ForMeetingAsync(seeded.Meeting.Id, CancellationToken.None));
    }

    [Fact]
    public async Task LinksAreNeverSentInAGroup()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();

        Assert.Equal([InvitationTexts.PersonalOnly.ZhCn], await seeded.SayAsync(client, seeded.Secretary, "邀请链接", inGroup: true));
        Assert.Empty(await factory.Services.GetRequiredService<InvitationStore>().ForMeetingAsync(seeded.Meeting.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Revoking_EndsThatPersonsLinks_AndOnlyTheirs()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var codes = Codes(Assert.Single(await seeded.SayAsync(client, seeded.Secretary, "邀请链接")));
        var name = SeededMeeting.MemberName(1);

        Assert.Equal([InvitationTexts.Revoked.In(UserLocale.ZhCn, 1, name)], await seeded.SayAsync(client, seeded.Secretary, $"撤销邀请 {name}"));

        var remaining = await Task.WhenAll(codes.Select(c => Grants.ResolveAsync(c, null, CancellationToken.None)));
        Assert.DoesNotContain(remaining, g => g?.UserId == seeded.Member(1));
        Assert.Equal(codes.Count - 1, remaining.Count(g => g is not null));
        Assert.Equal([InvitationTexts.NothingToRevoke.In(UserLocale.ZhCn, name)], await seeded.SayAsync(client, seeded.Secretary, $"撤销邀请 {name}"));
    }

    [Fact]
    public async Task Revoke_WithoutAKnownName_ExplainsAndRevokesNothing()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var codes = Codes(Assert.Single(await seeded.SayAsync(client, seeded.Secretary, "邀请链接")));

        Assert.Equal([InvitationTexts.RevokeUsage.ZhCn], await seeded.SayAsync(client, seeded.Secretary, "撤销邀请"));
        Assert.Equal([InvitationTexts.RevokeUnknown.In(UserLocale.ZhCn, "路人甲")], await seeded.SayAsync(client, seeded.Secretary, "撤销邀请 路人甲"));
        var member = await seeded.SayAsync(client, seeded.Member(1), $"撤销邀请 {SeededMeeting.MemberName(2)}");

        Assert.DoesNotContain(member, r => r.StartsWith("已撤销", StringComparison.Ordinal));
        Assert.All(await Task.WhenAll(codes.Select(c => Grants.ResolveAsync(c, null, CancellationToken.None))), Assert.NotNull);
    }

    [Fact]
    public async Task RevokeAll_EndsEveryLinkOfTheMeeting()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var codes = Codes(Assert.Single(await seeded.SayAsync(client, seeded.Secretary, "邀请链接")));

        await seeded.SayAsync(client, seeded.Secretary, "撤销邀请 全部");

        Assert.All(await Task.WhenAll(codes.Select(c => Grants.ResolveAsync(c, null, CancellationToken.None))), Assert.Null);
    }

    [Fact]
    public async Task ALink_LastsUntilTheMeetingsRectificationEnds_ByDefault_NotTwoWeeks()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        await seeded.SayAsync(client, seeded.Secretary, "邀请链接");

        var invitations = await Store.ForMeetingAsync(seeded.Meeting.Id, CancellationToken.None);

        Assert.Equal(seeded.Meeting.Participants.Count, invitations.Count);
        var expected = seeded.Meeting.StartsAt + InvitationOptions.DefaultRectificationPeriod + InvitationOptions.DefaultGrace;
        Assert.All(invitations, i => Assert.Equal(expected, i.ExpiresAt));
        Assert.All(invitations, i => Assert.Equal(SeededMeeting.PersonId(i.UserId), i.PersonId));
    }

    [Fact]
    public async Task RemovingAMember_RevokesTheirLinks_AndALinkNeverReachesAMeetingItsPersonLeft()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var codes = Codes(Assert.Single(await seeded.SayAsync(client, seeded.Secretary, "邀请链接")));
        var byUser = new Dictionary<string, string>();
        foreach (var code in codes)
        {
            byUser[(await Grants.ResolveAsync(code, null, CancellationToken.None))!.UserId] = code;
        }

        var remove = seeded.Message(seeded.Secretary, "移除成员 @" + SeededMeeting.MemberName(1));
        remove["entities"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "mention",
            ["mentioned"] = new System.Text.Json.Nodes.JsonObject { ["id"] = seeded.Member(1), ["name"] = SeededMeeting.MemberName(1) },
            ["text"] = "@" + SeededMeeting.MemberName(1),
        });
        Assert.Contains(await SeededMeeting.SendAsync(client, remove), r => r.Contains("请确认", StringComparison.Ordinal));
        await seeded.SayAsync(client, seeded.Secretary, "确认");
        // Removed behind the chat's back (another path, no revocation): the link still stops at the meeting's door.
        var repository = factory.Services.GetRequiredService<MeetingBot.Meetings.Storage.MeetingRepository>();
        await repository.UpdateAsync<MeetingBot.Coordination.Meetings.Meeting>(null, MeetingBot.Coordination.Meetings.DocumentId.Meeting(seeded.Meeting.Id),
            m => new MeetingBot.Coordination.Meetings.RemoveParticipant(m!.Version, seeded.Member(2))
                .Decide(m, new MeetingBot.Coordination.Meetings.Actor(seeded.Secretary, "秘书", "channel:" + SeededMeeting.Channel), DateTimeOffset.UtcNow), CancellationToken.None);

        Assert.Null((await repository.GetMeetingAsync(null, seeded.Meeting.Id, CancellationToken.None))!.Find(seeded.Member(1)));
        Assert.NotNull((await Store.FindAsync((await Store.ForMeetingAsync(seeded.Meeting.Id, CancellationToken.None)).Single(i => i.UserId == seeded.Member(1)).Id, CancellationToken.None))!.RevokedAt);
        Assert.Null(await Grants.ResolveAsync(byUser[seeded.Member(1)], null, CancellationToken.None));
        Assert.Null(await Grants.ResolveAsync(byUser[seeded.Member(2)], InvitationConversations.Team, CancellationToken.None));
        Assert.Null(await Grants.ResolveAsync(byUser[seeded.Member(2)], null, CancellationToken.None));
        Assert.NotNull(await Grants.ResolveAsync(byUser[seeded.Member(3)], InvitationConversations.Team, CancellationToken.None));
    }

    [Fact]
    public async Task OnlyTheSecretaryOrAnAdministrator_IssuesLinks_AndNeverIntoAMeetingThePersonIsNotIn()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        var other = await SeededMeeting.CreateAsync(factory);
        var repository = factory.Services.GetRequiredService<MeetingBot.Meetings.Storage.MeetingRepository>();
        var dossier = await repository.GetDossierAsync(null, seeded.Meeting.Id, CancellationToken.None);
        var directory = await factory.Services.GetRequiredService<MeetingBot.People.PeopleDirectoryStore>().GetAsync(CancellationToken.None);
        var issuer = factory.Services.GetRequiredService<InvitationIssuer>();
        var member = directory.Find(SeededMeeting.PersonId(seeded.Member(1)));
        var secretary = directory.Find(SeededMeeting.PersonId(seeded.Secretary));
        var admin = await MeetingBot.Tests.People.TestDirectory.AddAsync(factory.Services, "u-admin-" + seeded.Prefix, "管理员" + seeded.Prefix,
            roles: [MeetingBot.Coordination.People.OrganisationRole.Administrator]);

        var byMember = await issuer.IssueAsync(dossier, SeededMeeting.PersonId(seeded.Member(2)), member, CancellationToken.None);
        var bySecretary = await issuer.IssueAsync(dossier, SeededMeeting.PersonId(seeded.Member(2)), secretary, CancellationToken.None);
        var outsider = await issuer.IssueAsync(dossier, SeededMeeting.PersonId(other.Member(1)), admin, CancellationToken.None);
        var byAdmin = await issuer.IssueAsync(null, SeededMeeting.PersonId(other.Member(1)), admin, CancellationToken.None);

        Assert.Equal(MeetingBot.Coordination.Outcomes.FailureCodes.SecretaryOnly, byMember.Failure?.Code);
        Assert.True(bySecretary.IsSuccess);
        Assert.Equal(MeetingBot.Coordination.Outcomes.FailureCodes.ParticipantNotFound, outsider.Failure?.Code);
        Assert.True(byAdmin.IsSuccess);
        Assert.Equal(other.Member(1), byAdmin.Value.Invitation.UserId);
    }

    [Fact]
    public async Task AnInvitationOfTheOldVersion_MadeForATypedName_IsReadButNeverHonoured()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        var now = DateTimeOffset.UtcNow;
        var old = new Invitation(1, "old-" + seeded.Prefix, seeded.Meeting.Id, seeded.Lead, "书记", seeded.Secretary, now, now.AddDays(14), null);
        await factory.Services.GetRequiredService<MeetingBot.BotFramework.Storage.IStorage>().WriteAsync(InvitationStore.Key(old.Id),
            $$"""{"version":1,"id":"{{old.Id}}","meetingId":"{{old.MeetingId}}","userId":"{{old.UserId}}","name":"书记","createdBy":"x","createdAt":"{{now:O}}","expiresAt":"{{now.AddDays(14):O}}","revokedAt":null}""",
            MeetingBot.BotFramework.Storage.WriteCondition.IfAbsent);
        var code = factory.Services.GetRequiredService<InvitationCodes>().For(old);

        var read = await Store.FindAsync(old.Id, CancellationToken.None);

        Assert.Null(read!.PersonId);
        Assert.False(read.IsActive(now));
        Assert.Null(await Grants.ResolveAsync(code, null, CancellationToken.None));
    }

    private InvitationStore Store => factory.Services.GetRequiredService<InvitationStore>();

    private static List<string> Codes(string reply) =>
        [.. Link().Matches(reply).Select(m => Uri.UnescapeDataString(m.Groups[1].Value))];

    [GeneratedRegex(@"/chat\?invite=([^\s]+)")]
    private static partial Regex Link();
}
