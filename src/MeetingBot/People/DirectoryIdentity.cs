using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Coordination.People;

namespace MeetingBot.People;

/// <summary>
/// Who the person acting in a turn is, in the directory: matched only by what the channel's authentication vouches
/// for (the web chat user id its Direct Line token carries; the Teams AAD object id; a platform adapter's user id, which
/// <see cref="DirectoryOnlyChannels"/> already turned into the person's id), never by a name.
/// The one place this resolution lives: every feature that needs the acting person asks here.
/// </summary>
public sealed class DirectoryIdentity(PeopleDirectoryStore store, IHostEnvironment environment)
{
    public async Task<DirectoryPerson?> PersonOfAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        PersonIn(await store.GetAsync(cancellationToken), turnContext.Activity, EmulatorTrusted);

    /// <summary>
    /// The Bot Framework Emulator (and the demo, which talks like it) names its user freely; its ids are believed
    /// only in Development, where authentication is off anyway.
    /// </summary>
    public bool EmulatorTrusted => environment.IsDevelopment();

    /// <summary>The acting person in a directory already read (a turn that also changes the directory reads it once).</summary>
    public static DirectoryPerson? PersonIn(PeopleDirectory directory, Activity activity, bool emulatorTrusted = false)
    {
        var from = activity.From;
        if (from is null)
        {
            return null;
        }

        return activity.ChannelId switch
        {
            Channels.DirectLine when !string.IsNullOrEmpty(from.Id) => directory.FindWebChatUser(from.Id),
            Channels.MsTeams when !string.IsNullOrEmpty(from.AadObjectId) =>
                directory.FindByIdentity(IdentityKinds.TeamsAadObjectId, from.AadObjectId),
            // A platform adapter's turn already acts as the directory person its platform id matched (DirectoryOnlyChannels).
            _ when DirectoryOnlyChannels.Covers(activity.ChannelId) && !string.IsNullOrEmpty(from.Id) => directory.FindWebChatUser(from.Id),
            Channels.Emulator when emulatorTrusted && !string.IsNullOrEmpty(from.Id) =>
                directory.FindByIdentity(IdentityKinds.Emulator, from.Id),
            _ => null,
        };
    }
}
