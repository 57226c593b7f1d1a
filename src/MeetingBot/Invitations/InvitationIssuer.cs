using System.Security.Cryptography;
using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.DirectLine;
using MeetingBot.BotFramework.Proactive;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Meetings.Storage;
using Microsoft.Extensions.Options;

namespace MeetingBot.Invitations;

/// <summary>
/// Makes invitation links and the conversations they open: the person's 1:1 web conversation exists (with a stored
/// reference) from the moment they are invited, so reminders and notices sent before their first visit wait there
/// and show when they open the link; the meeting's team conversation is indexed so status works in it.
/// </summary>
public sealed class InvitationIssuer(
    InvitationStore store,
    InvitationCodes codes,
    DirectLineConversations conversations,
    ConversationReferenceStore references,
    MeetingDirectory directory,
    CloudAdapter adapter,
    IOptions<InvitationOptions> options,
    IOptions<DirectLineOptions> directLine,
    TimeProvider time)
{
    public const string DefaultLocale = "zh-CN";

    public async Task<IssuedInvitation> IssueAsync(string? meetingId, string userId, string name, string createdBy, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var invitation = new Invitation(Invitation.CurrentVersion, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            meetingId, userId, name, createdBy, now, now + options.Value.Lifetime, null);
        await store.CreateAsync(invitation, cancellationToken);

        var personalId = InvitationConversations.PersonalId(userId);
        await conversations.EnsureAsync(personalId, isGroup: false, cancellationToken);
        if (await references.GetPersonalAsync(Channels.DirectLine, userId, cancellationToken) is null)
        {
            await references.SaveAsync(Reference(new ConversationAccount(personalId, false, "personal"), new ChannelAccount(userId, name)), false, cancellationToken);
        }

        if (meetingId is not null)
        {
            await directory.AddToPersonAsync(Channels.DirectLine, userId, meetingId, cancellationToken);
            var teamId = InvitationConversations.TeamId(meetingId);
            await conversations.EnsureAsync(teamId, isGroup: true, cancellationToken);
            await directory.AddToConversationAsync(Channels.DirectLine, teamId, meetingId, cancellationToken);
            await references.SaveAsync(Reference(new ConversationAccount(teamId, true, "groupChat"), user: null), false, cancellationToken);
        }

        return new IssuedInvitation(invitation, LinkFor(invitation));
    }

    public string LinkFor(Invitation invitation) =>
        $"{directLine.Value.PublicUrl.TrimEnd('/')}/chat?invite={Uri.EscapeDataString(codes.For(invitation))}";

    private ConversationReference Reference(ConversationAccount conversation, ChannelAccount? user) => new()
    {
        ChannelId = Channels.DirectLine,
        ServiceUrl = directLine.Value.ServiceUrl,
        Bot = adapter.BotAccount,
        User = user,
        Conversation = conversation,
        Locale = DefaultLocale,
    };
}
