namespace MeetingBot.WebChannel.DirectLine;

/// <summary>
/// Wakes every open stream of a conversation, at once, when this process appends to it: each stream listens with its
/// own <see cref="DirectLineWakeup"/>, so any number of windows of one person are woken by one append. Appends by
/// another instance never ring here; the stream's slower safety read picks those up.
/// </summary>
public sealed class DirectLineSignals
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<DirectLineWakeup>> _listeners = new(StringComparer.Ordinal);

    /// <summary>Listens from now on; dispose to stop. Listen before reading storage, so nothing slips in between.</summary>
    public DirectLineWakeup Listen(string conversationId)
    {
        var wakeup = new DirectLineWakeup(conversationId, Remove);
        lock (_gate)
        {
            if (!_listeners.TryGetValue(conversationId, out var list))
            {
                _listeners[conversationId] = list = [];
            }

            list.Add(wakeup);
        }

        return wakeup;
    }

    public void Notify(string conversationId)
    {
        DirectLineWakeup[] listeners;
        lock (_gate)
        {
            if (!_listeners.TryGetValue(conversationId, out var list))
            {
                return;
            }

            listeners = [.. list];
        }

        foreach (var listener in listeners)
        {
            listener.Ring();
        }
    }

    private void Remove(DirectLineWakeup wakeup)
    {
        lock (_gate)
        {
            if (_listeners.TryGetValue(wakeup.ConversationId, out var list) && list.Remove(wakeup) && list.Count == 0)
            {
                _listeners.Remove(wakeup.ConversationId);
            }
        }
    }
}
