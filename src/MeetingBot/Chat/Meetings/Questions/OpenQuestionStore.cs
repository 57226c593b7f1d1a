using MeetingBot.BotFramework.Storage;

namespace MeetingBot.Chat.Meetings.Questions;

/// <summary>
/// Each person's open questions, one document per person per channel (not per conversation: the question is asked
/// by a proactive notice in their 1:1 chat, answered there later). Every change goes through the one read-modify-write
/// (<c>IStorage.UpdateAsync</c>): a change that loses a race is re-applied to what won. Expired questions are
/// dropped whenever the document is written, and it never grows past <see cref="MostOpen"/>.
/// </summary>
public sealed class OpenQuestionStore(IStorage storage)
{
    public const string KeyPrefix = "questions/";

    /// <summary>Beyond this many open questions the oldest go: nobody answers forty questions by one word.</summary>
    public const int MostOpen = 20;

    public static string KeyFor(string channelId, string userId) => $"{KeyPrefix}{channelId}/{userId}";

    /// <summary>The person's questions still open at <paramref name="now"/>, oldest first.</summary>
    public async Task<IReadOnlyList<OpenQuestion>> OpenAsync(string channelId, string userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = await storage.ReadAsync<OpenQuestionList>(KeyFor(channelId, userId), cancellationToken);
        return [.. (stored?.Value.Questions ?? []).Where(q => q.ExpiresAt > now)];
    }

    /// <summary>Opens the question, replacing one with the same id (the same thing asked again).</summary>
    public Task PutAsync(string channelId, string userId, OpenQuestion question, DateTimeOffset now, CancellationToken cancellationToken) =>
        ChangeAsync(KeyFor(channelId, userId), now, open => [.. open.Where(q => q.Id != question.Id), question], cancellationToken);

    /// <summary>Closes the question (answered); nothing happens when it is already gone.</summary>
    public Task CloseAsync(string channelId, string userId, string questionId, DateTimeOffset now, CancellationToken cancellationToken) =>
        ChangeAsync(KeyFor(channelId, userId), now, open => [.. open.Where(q => q.Id != questionId)], cancellationToken);

    private Task ChangeAsync(string key, DateTimeOffset now, Func<IReadOnlyList<OpenQuestion>, IReadOnlyList<OpenQuestion>> change, CancellationToken cancellationToken) =>
        storage.UpdateAsync<OpenQuestionList>(key, stored =>
        {
            var open = (stored?.Questions ?? []).Where(q => q.ExpiresAt > now).ToList();
            var next = change(open);
            return stored is null && next.Count == 0 ? null : new OpenQuestionList(OpenQuestionList.CurrentVersion, [.. next.TakeLast(MostOpen)]);
        }, cancellationToken);
}
