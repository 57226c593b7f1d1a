using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Proactive;
using MeetingBot.BotFramework.Storage;

namespace MeetingBot.Meetings.Storage;

/// <summary>
/// Which meetings a (team) conversation and a person belong to: small index documents of their own, written with
/// ETags. Which of them a turn is about is decided in one place, Chat.Meetings.Switching.MeetingResolver.
/// </summary>
public sealed class MeetingDirectory(IStorage storage)
{
    public static string ConversationKey(string channelId, string conversationId) => $"directory/conversations/{channelId}/{conversationId}";

    public static string PersonKey(string channelId, string userId) => $"directory/people/{channelId}/{userId}";

    /// <summary>
    /// A unit's own list of meetings, under <see cref="UnitsPrefix"/>: one small document per unit, so the units of a
    /// county setting up at the same moment never race for one shared document (a race lost on every attempt of the
    /// one retry policy failed a set-up).
    /// </summary>
    public static string UnitKey(string unitPath) => UnitsPrefix + unitPath;

    public const string UnitsPrefix = "directory/units/";

    /// <summary>The one county-wide document earlier versions wrote (<see cref="UnitMeetingIndex"/>): still read, never written.</summary>
    public const string LegacyUnitsKey = "directory/units";

    public Task AddToConversationAsync(string channelId, string conversationId, string meetingId, CancellationToken cancellationToken) =>
        AddAsync(ConversationKey(channelId, conversationId), meetingId, cancellationToken);

    public Task AddToPersonAsync(string channelId, string userId, string meetingId, CancellationToken cancellationToken) =>
        AddAsync(PersonKey(channelId, userId), meetingId, cancellationToken);

    public async Task<IReadOnlyList<string>> ForConversationAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        (await storage.ReadDocumentAsync<MeetingIndex>(ConversationKey(channelId, conversationId), cancellationToken))?.Value.MeetingIds ?? [];

    public async Task<IReadOnlyList<string>> ForPersonAsync(string channelId, string userId, CancellationToken cancellationToken) =>
        (await storage.ReadDocumentAsync<MeetingIndex>(PersonKey(channelId, userId), cancellationToken))?.Value.MeetingIds ?? [];

    /// <summary>Files a meeting under its unit (a unit path); a meeting without a unit is in no unit's list.</summary>
    public Task AddToUnitAsync(string? unit, string meetingId, CancellationToken cancellationToken) =>
        Coordination.People.UnitPath.Normalise(unit) is not { } path ? Task.CompletedTask : AddAsync(UnitKey(path), meetingId, cancellationToken);

    /// <summary>The meetings of <paramref name="unit"/> and of every unit below it, by unit.</summary>
    public async Task<IReadOnlyList<(string Unit, string MeetingId)>> BelowAsync(string unit, CancellationToken cancellationToken)
    {
        var units = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if ((await storage.ReadDocumentAsync<UnitMeetingIndex>(LegacyUnitsKey, cancellationToken))?.Value is { } legacy)
        {
            foreach (var (path, ids) in legacy.Units)
            {
                units[path] = [.. ids];
            }
        }

        foreach (var document in await storage.ListAsync(UnitsPrefix, cancellationToken))
        {
            var path = document.Key[UnitsPrefix.Length..];
            var ids = units.TryGetValue(path, out var held) ? held : units[path] = [];
            ids.AddRange(DocumentJson.Deserialize<MeetingIndex>(document.Json, document.Key).MeetingIds.Where(id => !ids.Contains(id, StringComparer.Ordinal)));
        }

        return [.. units
            .Where(u => Coordination.People.UnitPath.IsAtOrBelow(u.Key, unit))
            .OrderBy(u => u.Key, StringComparer.Ordinal)
            .SelectMany(u => u.Value.Select(id => (u.Key, id)))];
    }

    /// <summary>Every meeting a turn may be about: those of its group conversation, or in a 1:1 chat the person's.</summary>
    public async Task<IReadOnlyList<string>> ForTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var channelId = activity.ChannelId ?? string.Empty;
        return PersonalConversations.IsPersonal(activity.Conversation)
            ? await ForPersonAsync(channelId, activity.From?.Id ?? string.Empty, cancellationToken)
            : await ForConversationAsync(channelId, activity.Conversation?.Id ?? string.Empty, cancellationToken);
    }

    // Another meeting indexed at the same moment is kept: ours is added to theirs.
    private Task AddAsync(string key, string meetingId, CancellationToken cancellationToken) =>
        storage.UpdateDocumentAsync<MeetingIndex>(key, current =>
        {
            var index = current ?? new MeetingIndex();
            if (index.MeetingIds.Contains(meetingId, StringComparer.Ordinal))
            {
                return null;
            }

            index.MeetingIds.Add(meetingId);
            return index;
        }, cancellationToken);
}
