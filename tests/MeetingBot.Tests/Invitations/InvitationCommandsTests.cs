using System.Text.RegularExpressions;
using MeetingBot.BotFramework.DirectLine;
using MeetingBot.Chat.Meetings.Invitations;
using MeetingBot.Invitations;
using MeetingBot.Localization;
using MeetingBot.Tests.Chat.Meetings.Submissions;
using MeetingBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Invitations;

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

    private static List<string> Codes(string reply) =>
        [.. Link().Matches(reply).Select(m => Uri.UnescapeDataString(m.Groups[1].Value))];

    [GeneratedRegex(@"/chat\?invite=([^\s]+)")]
    private static partial Regex Link();
}
