using MeetingBot.BotFramework.Storage;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.People;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.People;

/// <summary>
/// The directory of people, one document (<see cref="Key"/>). A change is decided on what was read and written
/// with its ETag; a lost race reads again and decides again, a bounded number of times.
/// </summary>
public sealed class PeopleDirectoryStore(IStorage storage)
{
    public const string Key = "people/directory";
    private const int MaxAttempts = 5;

    public async Task<PeopleDirectory> GetAsync(CancellationToken cancellationToken) =>
        (await storage.ReadDocumentAsync<PeopleDirectory>(Key, cancellationToken))?.Value ?? PeopleDirectory.Empty;

    /// <summary>Applies <paramref name="change"/> to the stored directory; a failure writes nothing.</summary>
    public async Task<Outcome<PeopleDirectory>> UpdateAsync(Func<PeopleDirectory, Outcome<PeopleDirectory>> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await storage.ReadDocumentAsync<PeopleDirectory>(Key, cancellationToken);
            var changed = change(current?.Value ?? PeopleDirectory.Empty);
            if (!changed.IsSuccess || ReferenceEquals(changed.Value, current?.Value))
            {
                return changed;
            }

            try
            {
                await storage.WriteDocumentAsync(Key, changed.Value, WriteCondition.For(current?.ETag), cancellationToken);
                return changed;
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                // Someone else changed the directory at the same moment: decide again on theirs.
            }
        }
    }

    /// <summary>A new person id: random, never derived from a name.</summary>
    public static string NewPersonId() => "u" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(10));
}
