using System.Security.Cryptography;
using MeetingBot.BotFramework.Builder;
using MeetingBot.WebChannel.DirectLine;
using MeetingBot.BotFramework.Proactive;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.People;
using MeetingBot.Meetings.Storage;
using MeetingBot.People;
using Microsoft.Extensions.Options;

namespace MeetingBot.WebChannel;

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
    MeetingDirectory meetings,
    PeopleDirectoryStore people,
    CloudAdapter adapter,
    IOptions<InvitationOptions> options,
    IOptions<DirectLineOptions> directLine,
    TimeProvider time)
{
    public const string DefaultLocale = "zh-CN";

    /// <summary><see cref="Invitation.CreatedBy"/> of a link the service made itself (the operator's command line).</summary>
    public const string CreatedByService = "command line";

    /// <summary>
    /// An invitation for the directory person <paramref name="personId"/>, to <paramref name="meeting"/> (null: none yet).
    /// <paramref name="issuedBy"/> is the person asking (the meeting's secretary, or an administrator), or null for the
    /// service itself (the command line run by the operator); the domain decides whether they may.
    /// </summary>
    public async Task<Outcome<IssuedInvitation>> IssueAsync(MeetingDossier? meeting, string personId, DirectoryPerson? issuedBy, CancellationToken cancellationToken)
    {
        var directory = await people.GetAsync(cancellationToken);
        if (directory.Find(personId) is not { } person)
        {
            return Failure.NotFound(FailureCodes.PersonNotFound, ("name", personId));
        }

        if (Organising.MayInvite(directory, issuedBy, person, meeting?.Meeting) is { } refusal)
        {
            return refusal;
        }

        var now = time.GetUtcNow();
        var meetingId = meeting?.Meeting.Id;
        var userId = person.WebChatUserId;
        var invitation = new Invitation(Invitation.CurrentVersion, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            meetingId, userId, person.Name, issuedBy?.Id ?? CreatedByService, now, InvitationLifetime.ExpiryOf(options.Value, meeting, now), null, person.Id);
        await store.CreateAsync(invitation, cancellationToken);

        var personalId = InvitationConversations.PersonalId(userId);
        await conversations.EnsureAsync(personalId, isGroup: false, cancellationToken);
        if (await references.GetPersonalAsync(Channels.DirectLine, userId, cancellationToken) is null)
        {
            await references.SaveAsync(Reference(new ConversationAccount(personalId, false, "personal"), new ChannelAccount(userId, person.Name)), false, cancellationToken);
        }

        if (meetingId is not null)
        {
            await meetings.AddToPersonAsync(Channels.DirectLine, userId, meetingId, cancellationToken);
            var teamId = InvitationConversations.TeamId(meetingId);
            await conversations.EnsureAsync(teamId, isGroup: true, cancellationToken);
            await meetings.AddToConversationAsync(Channels.DirectLine, teamId, meetingId, cancellationToken);
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
