using MeetingBot.DingTalk;
using MeetingBot.Coordination.People;

namespace MeetingBot.People;

/// <summary>The DingTalk adapter's view of the directory: a person is known by his DingTalk userId (identity kind <c>dingtalk</c>).</summary>
public sealed class DingTalkPeople(PeopleDirectoryStore store) : IDingTalkPeople
{
    public async Task<string?> NameOfAsync(string staffId, CancellationToken cancellationToken) =>
        (await store.GetAsync(cancellationToken)).FindByIdentity(IdentityKinds.DingTalk, staffId)?.Name;
}
