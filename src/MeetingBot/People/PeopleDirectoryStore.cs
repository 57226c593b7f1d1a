using MeetingBot.BotFramework.Storage;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.People;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.People;

/// <summary>
/// The directory of people, one document (<see cref="Key"/>). A change is decided on what was read and written
/// with its ETag (<see cref="StorageUpdates.UpdateAsync{T}(IStorage, string, System.Func{T, T}, System.Threading.CancellationToken)"/>): a lost race reads again and decides again.
/// </summary>
public sealed class PeopleDirectoryStore(IStorage storage)
{
    public const string Key = "people/directory";

    private readonly KnownDocuments _known = new();

    public async Task<PeopleDirectory> GetAsync(CancellationToken cancellationToken) =>
        (await _known.ReadAsync<PeopleDirectory>(storage, Key, cancellationToken))?.Value ?? PeopleDirectory.Empty;

    /// <summary>Applies <paramref name="change"/> to the stored directory; a failure writes nothing.</summary>
    public async Task<Outcome<PeopleDirectory>> UpdateAsync(Func<PeopleDirectory, Outcome<PeopleDirectory>> change, CancellationToken cancellationToken)
    {
        Outcome<PeopleDirectory>? changed = null;
        await storage.UpdateDocumentAsync<PeopleDirectory>(Key, current =>
        {
            changed = change(current ?? PeopleDirectory.Empty);
            return changed.IsSuccess && !ReferenceEquals(changed.Value, current) ? changed.Value : null;
        }, cancellationToken);
        return changed!;
    }

    /// <summary>A new person id: random, never derived from a name.</summary>
    public static string NewPersonId() => "u" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(10));
}
