using MeetingBot.Coordination.People;
using MeetingBot.People;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.People;

/// <summary>
/// People put into a test host's directory as an administrator would (the service itself acting), so tests start
/// from a roster instead of from names typed in chat. Ids are the tests' own, unique per test.
/// </summary>
internal static class TestDirectory
{
    public static async Task<DirectoryPerson> AddAsync(
        IServiceProvider services,
        string id,
        string name,
        string? unit = null,
        string? title = null,
        OrganisationRole[]? roles = null,
        params ChannelIdentity[] identities)
    {
        var person = new DirectoryPerson(id, name, unit, title, null, null, roles ?? [], identities);
        var added = await services.GetRequiredService<PeopleDirectoryStore>()
            .UpdateAsync(directory => DirectoryChanges.Add(directory, by: null, person), CancellationToken.None);
        Assert.True(added.IsSuccess, added.IsSuccess ? null : added.Failure.Code);
        return person;
    }

    /// <summary>A Teams user whose AAD object id is <paramref name="aadObjectId"/>, as an organiser.</summary>
    public static Task<DirectoryPerson> TeamsOrganiserAsync(IServiceProvider services, string aadObjectId, string name) =>
        AddAsync(services, "u-" + aadObjectId, name, roles: [OrganisationRole.Organiser], identities: new ChannelIdentity(IdentityKinds.TeamsAadObjectId, aadObjectId));

    /// <summary>A web chat user known by <paramref name="webChatUserId"/> (a migrated id), with the given roles.</summary>
    public static Task<DirectoryPerson> WebChatPersonAsync(IServiceProvider services, string webChatUserId, string name, string? unit = null, params OrganisationRole[] roles) =>
        AddAsync(services, "u-" + webChatUserId, name, unit, roles: roles, identities: new ChannelIdentity(IdentityKinds.WebChat, webChatUserId));
}
