using MeetingBot.WebChannel.DirectLine;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Meetings.Storage;
using MeetingBot.People;
using MeetingBot.WebChannel;
using Microsoft.Extensions.Options;

namespace MeetingBot.WebChannel.SignIn;

/// <summary>
/// The web chat of a signed-in person: their own 1:1 conversation, or (<c>?conversation=team</c>) the team
/// conversation of the newest meeting they take part in. The grant is <c>signin:&lt;person id&gt;</c>, so every token
/// made from it ends when the person leaves the directory or sign-in is turned off.
/// </summary>
public sealed class SignInGrants(
    SignInCredentials credentials,
    PeopleDirectoryStore people,
    MeetingDirectory meetings,
    MeetingRepository repository,
    IOptions<SignInOptions> options) : IDirectLineGrants
{
    public const string Prefix = "signin:";

    public static bool Owns(string grantId) => grantId.StartsWith(Prefix, StringComparison.Ordinal);

    public async Task<DirectLineGrant?> ResolveAsync(string credential, string? conversation, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled
            || await credentials.PersonIdOfAsync(credential) is not { } personId
            || (await people.GetAsync(cancellationToken)).Find(personId) is not { } person)
        {
            return null;
        }

        var grantId = Prefix + person.Id;
        var userId = person.WebChatUserId;
        if (conversation is null or "" or "personal")
        {
            return new DirectLineGrant(grantId, userId, person.Name, InvitationConversations.PersonalId(userId), IsGroup: false);
        }

        if (conversation != InvitationConversations.Team)
        {
            return null;
        }

        // The index appends as meetings are set up: the newest the person still takes part in is the team chat.
        foreach (var meetingId in (await meetings.ForPersonAsync(Channels.DirectLine, userId, cancellationToken)).Reverse())
        {
            var meeting = await repository.GetMeetingAsync(unitOfWork: null, meetingId, cancellationToken);
            if (meeting?.Participants.Any(p => p.UserId == userId) == true)
            {
                return new DirectLineGrant(grantId, userId, person.Name, InvitationConversations.TeamId(meetingId), IsGroup: true);
            }
        }

        return null;
    }

    public async Task<bool> IsActiveAsync(string grantId, CancellationToken cancellationToken) =>
        options.Value.Enabled && Owns(grantId) && (await people.GetAsync(cancellationToken)).Find(grantId[Prefix.Length..]) is not null;
}
