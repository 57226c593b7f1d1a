using MeetingBot.DingTalk;

namespace MeetingBot.Bench.DingTalk;

/// <summary>Nobody writes in the bench; the adapter still wants the directory port.</summary>
public sealed class NoPeople : IDingTalkPeople
{
    public Task<string?> NameOfAsync(string staffId, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
