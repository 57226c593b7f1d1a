using System.Collections.Concurrent;

namespace MeetingBot.BotFramework.DirectLine;

/// <summary>
/// Wakes the open WebSockets of a conversation when this process appends to it. Appends by another instance are
/// picked up by the socket's own periodic read, so a signal is a shortcut, never the only path.
/// </summary>
public sealed class DirectLineSignals
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiting = new(StringComparer.Ordinal);

    public void Notify(string conversationId)
    {
        if (_waiting.TryRemove(conversationId, out var waiter))
        {
            waiter.TrySetResult();
        }
    }

    /// <summary>Completes when something is appended to the conversation, or after <paramref name="timeout"/>.</summary>
    public async Task WaitAsync(string conversationId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var waiter = _waiting.GetOrAdd(conversationId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        try
        {
            await waiter.Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Time to look at storage anyway.
        }
    }
}
